import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/lab/config';
import { toSeries } from '../../../src/lab/metrics';
import { runLab } from '../../../src/lab/service';
import { caretLine, evaluateRules, shadesOf } from '../../../src/ui/lab/alert-editor';
import { chartsOf, clock, summaryOf, tableOf } from '../../../src/ui/lab/chart-data';
import { splitStatements } from '../../../src/ui/lab/console-panel';
import { isLabReply } from '../../../src/worker/lab-protocol';

const run = runLab({ ...DEFAULT_CONFIG, durationSec: 90, pool: { ...DEFAULT_CONFIG.pool, maxOpen: 5 }, workload: { kind: 'steady', rps: 20 }, bug: { kind: 'rowsLeak', percent: 5, startSec: 30 } });

describe('the lab charts\' data', () => {
  const charts = chartsOf(run);
  const byId = Object.fromEntries(charts.map((c) => [c.id, c]));

  it('draws every DBStats field, the latency, the errors, the server and the endpoints', () => {
    expect(charts.map((c) => c.id)).toEqual(['connections', 'waits', 'closed', 'latency', 'errors', 'server', 'endpoints', 'endpoint-failures']);
    expect(byId.connections.series.map((s) => s.label)).toEqual(['MaxOpenConnections', 'OpenConnections', 'InUse', 'Idle']);
    expect(byId.closed.series.map((s) => s.label)).toEqual(['MaxIdleClosed', 'MaxIdleTimeClosed', 'MaxLifetimeClosed']);
    expect(byId.connections.x).toEqual([0, 15, 30, 45, 60, 75, 90]);
  });

  it('turns the wait counters into per-second rates between scrapes', () => {
    const waits = byId.waits.series[0].values;
    expect(waits[0]).toBeNull();
    for (let i = 1; i < run.scrapes.length; i++) {
      expect(waits[i]).toBeCloseTo((run.scrapes[i].WaitCount - run.scrapes[i - 1].WaitCount) / 15, 9);
    }
    expect(waits.at(-1)!).toBeGreaterThan(0); // the leak filled the pool of 5: callers wait
  });

  it('gives each chart a sentence and a table a screen reader can use', () => {
    const inUse = run.scrapes.map((s) => s.InUse);
    expect(summaryOf(byId.connections)).toContain(`InUse from ${inUse[0]} to ${inUse.at(-1)} (lowest ${Math.min(...inUse)}, highest ${Math.max(...inUse)})`);
    const t = tableOf(byId.connections);
    expect(t.head).toEqual(['time', 'MaxOpenConnections', 'OpenConnections', 'InUse', 'Idle']);
    expect(t.rows[2]).toEqual(['0:30', '5', String(run.scrapes[2].OpenConnections), String(run.scrapes[2].InUse), String(run.scrapes[2].Idle)]);
    expect(clock(754)).toBe('12:34');
  });
});

describe('the rule editor', () => {
  const series = toSeries(run.scrapes, 'shop');

  it('shades the intervals in which a rule fired, an open one up to the end of the run', () => {
    const out = evaluateRules([{ alert: 'Held', expr: 'go_sql_in_use_connections >= 5', for: '15s' }], series, 90_000);
    expect(out[0].ok).toBe(true);
    const shades = shadesOf(out, 90);
    expect(shades.length).toBeGreaterThan(0);
    expect(shades.at(-1)).toMatchObject({ label: 'Held', to: 90 });
    expect(shades[0].from).toBeGreaterThanOrEqual(45);
  });

  it('reports a syntax error with its place, and draws a caret under it', () => {
    const expr = 'rate(go_sql_wait_count_total[5m] > 1';
    const [o] = evaluateRules([{ alert: 'A', expr, for: '' }], series, 90_000);
    expect(o.ok).toBe(false);
    if (o.ok) return;
    expect(o.field).toBe('expr');
    expect(o.message).toMatch(/^1:\d+: parse error/);
    const caret = caretLine(expr, o.from, o.to).split('\n');
    expect(caret[0]).toBe(expr);
    expect(caret[1].indexOf('^')).toBe(o.from);
  });

  it('reports a bad for: duration on that field', () => {
    const [o] = evaluateRules([{ alert: 'A', expr: 'go_sql_in_use_connections > 1', for: '5 minutes' }], series, 90_000);
    expect(o).toMatchObject({ ok: false, field: 'for' });
  });
});

describe('the console input and the worker protocol', () => {
  it('splits statements on semicolons and on lines that start a new statement', () => {
    expect(splitStatements("SHOW PROCESSLIST;\nSHOW GLOBAL STATUS LIKE 'Threads_%'")).toEqual(['SHOW PROCESSLIST', "SHOW GLOBAL STATUS LIKE 'Threads_%'"]);
    expect(splitStatements('SELECT ID\nFROM information_schema.PROCESSLIST\nSHOW PROCESSLIST')).toEqual(['SELECT ID\nFROM information_schema.PROCESSLIST', 'SHOW PROCESSLIST']);
    expect(splitStatements('  ')).toEqual([]);
  });

  it('accepts only replies with an id and a known type', () => {
    expect(isLabReply({ id: 3, type: 'progress', fraction: 0.5 })).toBe(true);
    expect(isLabReply({ id: '3', type: 'run' })).toBe(false);
    expect(isLabReply({ id: 3, type: 'hello' })).toBe(false);
    expect(isLabReply(null)).toBe(false);
  });
});
