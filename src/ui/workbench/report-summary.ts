/**
 * report-summary: what the workbench shows of a GradeReport, as plain data (no DOM): the headline, the
 * scenario-by-check grid and the leak markers (the acquiring line, with what leaked and in which scenario).
 */
import type { GradeReport } from '../../grader/report.ts';

/** headline is "All scenarios passed", "N of M scenarios failed", or why nothing ran. */
export function headline(r: GradeReport): string {
  if (!r.compile.ok) return 'The program does not compile: no scenario ran';
  if (!r.signature.ok) return r.signature.message ?? 'The entry point is missing: no scenario ran';
  const failed = r.scenarios.filter((s) => !s.passed).length;
  return failed === 0 ? 'All scenarios passed' : `${failed} of ${r.scenarios.length} scenarios failed`;
}

/** checkColumns lists the checks that appear in any scenario, in first-seen order. */
export function checkColumns(r: GradeReport): string[] {
  const cols: string[] = [];
  for (const s of r.scenarios) for (const c of s.checks) if (!cols.includes(c.check)) cols.push(c.check);
  return cols;
}

/** LeakMarker is one editor marker: a line that acquired something a scenario leaked. */
export interface LeakMarker { line: number; col: number; message: string }

const OBJECT_TEXT: Record<string, string> = {
  rows: '*sql.Rows', stmt: '*sql.Stmt', tx: '*sql.Tx', conn: 'connection', heldConn: '*sql.Conn', serverStmt: 'server-side prepared statement', goroutine: 'goroutine',
};

/**
 * leakMarkers collects the leak evidence of main.go by acquiring line (one marker per line, naming every
 * scenario). A goroutine still blocked at the end acquired nothing: its evidence (with where it waits) stays in the Results.
 */
export function leakMarkers(r: GradeReport): LeakMarker[] {
  const byLine = new Map<number, { col: number; what: Set<string>; scenarios: string[] }>();
  for (const s of r.scenarios) {
    for (const c of s.checks) {
      for (const ev of c.evidence) {
        if (ev.kind !== 'leak' || ev.object === 'goroutine' || !ev.site || ev.site.file !== 'main.go') continue;
        const m = byLine.get(ev.site.line) ?? { col: ev.site.col, what: new Set<string>(), scenarios: [] };
        m.what.add(OBJECT_TEXT[ev.object] ?? ev.object);
        if (!m.scenarios.includes(s.name)) m.scenarios.push(s.name);
        byLine.set(ev.site.line, m);
      }
    }
  }
  return [...byLine.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([line, m]) => ({
      line,
      col: m.col,
      message: `Leaked ${[...m.what].join(', ')} acquired here, in scenario${m.scenarios.length > 1 ? 's' : ''} ${m.scenarios.join(', ')}`,
    }));
}
