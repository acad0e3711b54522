import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type LabConfig } from '../../src/lab/config';
import { runLab } from '../../src/lab/service';
import { loadSqlJs } from '../mysql/load-sqljs';

function leaky(over: Partial<LabConfig> = {}): LabConfig {
  return { ...DEFAULT_CONFIG, durationSec: 120, pool: { ...DEFAULT_CONFIG.pool, maxOpen: 6, maxIdle: 6 }, workload: { kind: 'steady', rps: 20 }, bug: { kind: 'rowsLeak', percent: 5 }, ...over };
}

describe('the lab console', () => {
  it('stops the run at the chosen instant and shows leaked connections as Sleep rows whose Time keeps growing', () => {
    const early = runLab(leaky(), {}, { untilNs: 60e9, console: ['SHOW PROCESSLIST'] });
    const late = runLab(leaky(), {}, { untilNs: 90e9, console: ['SHOW PROCESSLIST'] });
    expect(early.endedAt).toBeGreaterThanOrEqual(60e9);
    expect(early.endedAt).toBeLessThan(61e9);
    expect(early.scrapes.at(-1)!.t).toBe(60e9);
    // only the requests that arrived before the stop count
    expect(early.totals.requests).toBeLessThan(runLab(leaky()).totals.requests * 0.6);
    const [a] = early.console;
    expect(a.error).toBeNull();
    expect(a.columns).toEqual(['Id', 'User', 'Host', 'db', 'Command', 'Time', 'State', 'Info']);
    const sleeping = (rows: typeof a.rows) => rows.filter((r) => r[1] === 'app' && r[4] === 'Sleep');
    expect(sleeping(a.rows)).toHaveLength(6);
    // the console's own session is there too, running the statement
    expect(a.rows.some((r) => r[1] === 'root' && r[4] === 'Query' && r[7] === 'SHOW PROCESSLIST')).toBe(true);
    const byId = new Map(sleeping(a.rows).map((r) => [r[0], r[5] as number]));
    const later = sleeping(late.console[0].rows);
    expect(later).toHaveLength(6);
    for (const r of later) expect(r[5] as number).toBeGreaterThanOrEqual((byId.get(r[0]) ?? 0) + 29);
  });

  it('answers SHOW GLOBAL STATUS LIKE with the Threads_ counters and information_schema with sql.js', async () => {
    const sqljs = await loadSqlJs();
    const r = runLab(leaky(), {}, {
      untilNs: 60e9, sqljs,
      console: ["SHOW GLOBAL STATUS LIKE 'Threads_%'", "SELECT ID, COMMAND, TIME FROM information_schema.PROCESSLIST WHERE USER = 'app' AND COMMAND = 'Sleep' ORDER BY TIME DESC"],
    });
    const [status, ps] = r.console;
    expect(status.rows.map((x) => x[0])).toEqual(['Threads_connected', 'Threads_running']);
    expect(status.rows[0][1]).toBe('7'); // six leaked sessions and the console's own
    expect(ps.error).toBeNull();
    expect(ps.columns).toEqual(['ID', 'COMMAND', 'TIME']);
    expect(ps.rows).toHaveLength(6);
  });

  it('shows a leaked transaction in information_schema.INNODB_TRX', async () => {
    const sqljs = await loadSqlJs();
    const r = runLab(leaky({ bug: { kind: 'txLeak', percent: 5 } }), {}, { untilNs: 60e9, sqljs, console: ['SELECT trx_mysql_thread_id FROM information_schema.INNODB_TRX'] });
    expect(r.console[0].error).toBeNull();
    expect(r.console[0].rows).toHaveLength(6);
  });

  it('without sql.js, fails an information_schema query with the server error instead of inventing rows', () => {
    const r = runLab(leaky(), {}, { untilNs: 30e9, console: ['SELECT * FROM information_schema.PROCESSLIST'] });
    expect(r.console[0].error).toMatch(/^ERROR 1109 \(42S02\)/);
  });
});
