import { describe, expect, it } from 'vitest';
import { csv, DBSTATS_METRICS, exposition, openMetricsHistory, toSeries } from '../../src/lab/metrics';
import type { StatsSample } from '../../src/lab/metrics';
import { evaluate, parsePromql } from '../../src/lab/promql';

function sample(t: number, inUse: number, waitCount: number): StatsSample {
  return {
    t: t * 1e9, MaxOpenConnections: 10, OpenConnections: inUse + 1, InUse: inUse, Idle: 1,
    WaitCount: waitCount, WaitDuration: waitCount * 250e6, MaxIdleClosed: 2, MaxIdleTimeClosed: 0, MaxLifetimeClosed: 3,
  };
}

describe('lab metrics', () => {
  it('exports the nine DBStats metrics under the Go client collector names', () => {
    expect(DBSTATS_METRICS.map((m) => m.name).sort()).toEqual([
      'go_sql_idle_connections', 'go_sql_in_use_connections', 'go_sql_max_idle_closed_total',
      'go_sql_max_idle_time_closed_total', 'go_sql_max_lifetime_closed_total', 'go_sql_max_open_connections',
      'go_sql_open_connections', 'go_sql_wait_count_total', 'go_sql_wait_duration_seconds_total',
    ]);
  });

  it('renders a scrape as text exposition with HELP, TYPE, the db_name label and seconds for wait time', () => {
    const text = exposition(sample(30, 4, 6), 'course');
    expect(text).toContain('# TYPE go_sql_wait_count_total counter\ngo_sql_wait_count_total{db_name="course"} 6\n');
    expect(text).toContain('go_sql_wait_duration_seconds_total{db_name="course"} 1.5\n');
    expect(text).toContain('# HELP go_sql_in_use_connections The number of connections currently in use.\n');
    expect(text.split('\n').filter((l) => l.startsWith('# TYPE')).length).toBe(9);
  });

  it('writes the history as OpenMetrics: counter families without _total, timestamps in seconds, # EOF last', () => {
    const text = openMetricsHistory([sample(0, 1, 0), sample(15, 2, 1)], 'course', 1_700_000_000);
    expect(text).toContain('# TYPE go_sql_wait_count counter\n');
    expect(text).toContain('go_sql_wait_count_total{db_name="course"} 1 1700000015\n');
    expect(text.trimEnd().endsWith('# EOF')).toBe(true);
  });

  it('writes CSV with one row per scrape', () => {
    const lines = csv([sample(0, 1, 0), sample(15, 2, 1)]).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0].split(',')[0]).toBe('time_seconds');
    expect(lines[2].split(',')[0]).toBe('15');
    expect(lines[2].split(',')[lines[0].split(',').indexOf('go_sql_in_use_connections')]).toBe('2');
  });

  it('feeds the PromQL evaluator: rate of waits per second over scraped series', () => {
    const samples = [0, 15, 30, 45, 60].map((t, i) => sample(t, 3, i * 3));
    const series = toSeries(samples, 'course');
    const r = parsePromql('rate(go_sql_wait_count_total[1m])');
    if (!r.ok) throw new Error(r.error.message);
    const v = evaluate(r.expr, series, 60_000);
    expect(v.type === 'vector' && v.samples[0].v).toBeCloseTo(0.2, 12);
  });
});
