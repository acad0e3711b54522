import { describe, expect, it } from 'vitest';
import { compileAlertRule, firingAt, runAlertRule } from '../../../src/lab/promql';
import type { Series } from '../../../src/lab/promql';

const S = 1000;
const window = { startMs: 0, endMs: 300 * S, intervalMs: 15 * S };

/** gauge builds a series sampled every 15 s from a function of the time in seconds. */
function gauge(name: string, f: (sec: number) => number | undefined, until = 300): Series {
  const samples = [];
  for (let t = 0; t <= until; t += 15) {
    const v = f(t);
    if (v !== undefined) samples.push({ t: t * S, v });
  }
  return { labels: { __name__: name, db_name: 'course' }, samples };
}

function rule(expr: string, forText?: string) {
  const r = compileAlertRule({ alert: 'PoolLeak', expr, for: forText, labels: { severity: 'page' } });
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.rule;
}

describe('runAlertRule', () => {
  it('fires only after the condition has held for the whole for: duration', () => {
    // in use is 10 from t=60 s to t=195 s inclusive, 0 otherwise.
    const s = [gauge('go_sql_in_use_connections', (t) => (t >= 60 && t < 210 ? 10 : 0))];
    const run = runAlertRule(rule('go_sql_in_use_connections >= 10', '1m'), s, window);
    // pending from 60 s; 60 s later (120 s) it fires; at 210 s the series is below again: resolved.
    expect(run.intervals).toEqual([{ labels: { db_name: 'course', severity: 'page' }, activeAt: 60 * S, from: 120 * S, to: 210 * S }]);
    expect(firingAt(run, 105 * S)).toEqual([]);
    expect(firingAt(run, 120 * S)).toHaveLength(1);
    expect(firingAt(run, 210 * S)).toEqual([]);
  });

  it('drops a pending alert whose condition stops before for: elapses, and restarts its clock next time', () => {
    const s = [gauge('g', (t) => ((t >= 30 && t < 75) || t >= 150 ? 1 : 0))];
    const run = runAlertRule(rule('g > 0', '1m'), s, window);
    expect(run.intervals).toEqual([{ labels: { db_name: 'course', severity: 'page' }, activeAt: 150 * S, from: 210 * S, to: null }]);
  });

  it('fires at once without for:', () => {
    const s = [gauge('g', (t) => (t >= 45 ? 1 : 0))];
    const run = runAlertRule(rule('g > 0'), s, window);
    expect(run.intervals[0].from).toBe(45 * S);
  });

  it('does not fire on absent data', () => {
    const run = runAlertRule(rule('rate(go_sql_wait_count_total[1m]) > 0'), [], window);
    expect(run.intervals).toEqual([]);
    expect(run.error).toBeUndefined();
  });

  it('reports every error of a rule spec with its field', () => {
    const r = compileAlertRule({ alert: 'bad name', expr: 'rate(x)', for: '5 minutes' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.field)).toEqual(['alert', 'for', 'expr']);
    expect(r.errors[2].message).toContain('expected type range vector');
  });

  it('rejects a rule whose expression is a scalar', () => {
    const r = compileAlertRule({ alert: 'A', expr: '1 + 1' });
    expect(r.ok).toBe(false);
  });
});
