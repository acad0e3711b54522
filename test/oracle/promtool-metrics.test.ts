import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exposition, openMetricsHistory } from '../../src/lab/metrics';
import type { StatsSample } from '../../src/lab/metrics';

// The lab's downloads must be files Prometheus' own tools accept: the /metrics text passes
// `promtool check metrics`, and the history backfills with `promtool tsdb create-blocks-from
// openmetrics`, after which `promtool tsdb dump` returns exactly the values we wrote.
const PROMTOOL = process.env.LEAKPROOF_PROMTOOL ?? '/usr/bin/promtool';

function samples(): StatsSample[] {
  return Array.from({ length: 41 }, (_, i) => ({
    t: i * 15e9, MaxOpenConnections: 20, OpenConnections: 2 + Math.min(i, 18), InUse: Math.min(i, 18), Idle: 2,
    WaitCount: i * 4, WaitDuration: i * 4 * 125e6, MaxIdleClosed: i, MaxIdleTimeClosed: 0, MaxLifetimeClosed: Math.floor(i / 10),
  }));
}

function promtool(args: string[], input?: string, cwd?: string): { code: number; out: string } {
  try {
    const out = execFileSync(PROMTOOL, args, { input, cwd, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
    return { code: 0, out };
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string };
    return { code: err.status ?? 1, out: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

describe('lab metric downloads with promtool (Prometheus 2.42)', () => {
  it('the exposition passes promtool check metrics without a complaint', () => {
    if (!existsSync(PROMTOOL)) throw new Error(`promtool not found at ${PROMTOOL}: run scripts/install-system-deps.sh`);
    const r = promtool(['check', 'metrics'], exposition(samples()[40], 'course'));
    expect(r.out).toBe('');
    expect(r.code).toBe(0);
  });

  it('the OpenMetrics history backfills, and the stored samples are the ones we wrote', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leakproof-backfill-'));
    const start = 1_700_000_000;
    writeFileSync(join(dir, 'history.om'), openMetricsHistory(samples(), 'course', start));
    const created = promtool(['tsdb', 'create-blocks-from', 'openmetrics', 'history.om', 'data'], undefined, dir);
    expect(created.code, created.out).toBe(0);
    mkdirSync(join(dir, 'data', 'wal'), { recursive: true }); // dump opens the WAL, which backfilling does not create
    const dump = promtool(['tsdb', 'dump', 'data'], undefined, dir);
    expect(dump.code, dump.out.slice(0, 500)).toBe(0);
    const lines = dump.out.trim().split('\n');
    // one line per sample: {labels} value timestamp_ms
    expect(lines.length).toBe(9 * 41);
    const wait = lines.filter((l) => l.includes('__name__="go_sql_wait_duration_seconds_total"'));
    expect(wait).toHaveLength(41);
    const last = wait.map((l) => l.trim().split(' ')).find((p) => p[p.length - 1] === String((start + 600) * 1000));
    expect(last?.[last.length - 2]).toBe('20');
  });
});
