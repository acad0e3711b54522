/**
 * The readable form of a GradeReport (what `leakproof check` prints without --json) and its exit code:
 * 0 when every scenario passes, 1 when any fails, 2 when the program does not compile.
 */
import { formatSite } from '../sim/site.ts';
import { formatDuration } from '../sim/time.ts';
import type { Evidence, GradeReport, ScenarioResult } from './report.ts';

/** reportExitCode is the CLI's exit status for a report. */
export function reportExitCode(report: GradeReport): 0 | 1 | 2 {
  if (!report.compile.ok) return 2;
  return report.passed ? 0 : 1;
}

function evidenceLine(e: Evidence): string {
  if (e.kind === 'leak' && e.site && !e.message.includes(formatSite(e.site))) return `${formatSite(e.site)}: ${e.message}`;
  return e.message;
}

function scenarioLines(s: ScenarioResult): string[] {
  const head = `${s.passed ? 'PASS' : 'FAIL'}  ${s.name}  ${s.title}`;
  if (s.passed) return [head];
  const out = [head, `      seed ${s.seed} (replay with --seed ${s.seed}); DBStats InUse=${s.stats.InUse} Open=${s.stats.OpenConnections} WaitCount=${s.stats.WaitCount} WaitDuration=${formatDuration(s.stats.WaitDuration)}`];
  if (s.reason) out.push(`      ${s.reason}`);
  for (const c of s.checks) {
    if (c.passed) continue;
    out.push(`      ${c.check}:`);
    for (const e of c.evidence.slice(0, 5)) out.push(`        ${evidenceLine(e)}`);
    if (c.evidence.length > 5) out.push(`        ... and ${c.evidence.length - 5} more`);
  }
  const err = s.stderr.trimEnd();
  if (err) out.push('      stderr:', ...err.split('\n').slice(0, 5).map((l) => `        ${l}`));
  return out;
}

/** formatReport renders a report for a terminal: compile errors as go build prints them, else one block per scenario. */
export function formatReport(report: GradeReport): string {
  if (!report.compile.ok) {
    return ['# command-line-arguments', ...report.compile.diagnostics.map((d) => `./${d.file}:${d.line}:${d.col}: ${d.message}`)].join('\n') + '\n';
  }
  if (!report.signature.ok) {
    return `${report.signature.message ?? 'the entry point is missing'}\nexpected:\n${report.signature.expected.map((e) => `\t${e}`).join('\n')}\n`;
  }
  const lines = report.scenarios.flatMap(scenarioLines);
  const failed = report.scenarios.filter((s) => !s.passed).length;
  lines.push('', failed === 0 ? `ok  ${report.exercise}: all ${report.scenarios.length} scenarios pass` : `FAIL  ${report.exercise}: ${failed} of ${report.scenarios.length} scenarios fail`);
  return lines.join('\n') + '\n';
}
