import type { Series } from './promql/series.ts';
import type { Nanos } from '../sim/time.ts';
import type { DBStats } from '../pool/db.ts';

/** StatsSample is one scrape of sql.DBStats (Go's field names; WaitDuration in nanoseconds) at virtual time t. */
export interface StatsSample extends DBStats {
  t: Nanos;
}

/** MetricSpec is one metric of Prometheus' Go client DBStats collector: its name, type, help text and value. */
export interface MetricSpec { name: string; type: 'gauge' | 'counter'; help: string; value: (s: StatsSample) => number }

/** DBSTATS_METRICS are the metrics client_golang's collectors.NewDBStatsCollector exports, with its help texts. */
export const DBSTATS_METRICS: readonly MetricSpec[] = [
  { name: 'go_sql_max_open_connections', type: 'gauge', help: 'Maximum number of open connections to the database.', value: (s) => s.MaxOpenConnections },
  { name: 'go_sql_open_connections', type: 'gauge', help: 'The number of established connections both in use and idle.', value: (s) => s.OpenConnections },
  { name: 'go_sql_in_use_connections', type: 'gauge', help: 'The number of connections currently in use.', value: (s) => s.InUse },
  { name: 'go_sql_idle_connections', type: 'gauge', help: 'The number of idle connections.', value: (s) => s.Idle },
  { name: 'go_sql_wait_count_total', type: 'counter', help: 'The total number of connections waited for.', value: (s) => s.WaitCount },
  { name: 'go_sql_wait_duration_seconds_total', type: 'counter', help: 'The total time blocked waiting for a new connection.', value: (s) => s.WaitDuration / 1e9 },
  { name: 'go_sql_max_idle_closed_total', type: 'counter', help: 'The total number of connections closed due to SetMaxIdleConns.', value: (s) => s.MaxIdleClosed },
  { name: 'go_sql_max_idle_time_closed_total', type: 'counter', help: 'The total number of connections closed due to SetConnMaxIdleTime.', value: (s) => s.MaxIdleTimeClosed },
  { name: 'go_sql_max_lifetime_closed_total', type: 'counter', help: 'The total number of connections closed due to SetConnMaxLifetime.', value: (s) => s.MaxLifetimeClosed },
];

/** formatValue writes a sample value as the Go client does (shortest round-trip float, Prometheus' NaN/Inf spelling). */
function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return String(v);
}

function labelText(dbName: string): string {
  return `{db_name=${JSON.stringify(dbName)}}`;
}

/** toSeries turns scrapes into PromQL series (timestamps in milliseconds), one per metric. */
export function toSeries(samples: readonly StatsSample[], dbName: string): Series[] {
  return DBSTATS_METRICS.map((m) => ({
    labels: { __name__: m.name, db_name: dbName },
    samples: samples.map((s) => ({ t: s.t / 1e6, v: m.value(s) })),
  }));
}

/** exposition renders one scrape as the Prometheus text format (0.0.4) a /metrics endpoint serves, families sorted by name. */
export function exposition(sample: StatsSample, dbName: string): string {
  const lines: string[] = [];
  for (const m of [...DBSTATS_METRICS].sort((a, b) => a.name.localeCompare(b.name))) {
    lines.push(`# HELP ${m.name} ${m.help}`, `# TYPE ${m.name} ${m.type}`, `${m.name}${labelText(dbName)} ${formatValue(m.value(sample))}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * openMetricsHistory renders every scrape of a run as OpenMetrics text with timestamps (seconds),
 * the format `promtool tsdb create-blocks-from openmetrics` backfills into Prometheus.
 * startUnixSec anchors virtual time 0 to a wall-clock instant.
 */
export function openMetricsHistory(samples: readonly StatsSample[], dbName: string, startUnixSec: number): string {
  const lines: string[] = [];
  for (const m of DBSTATS_METRICS) {
    const family = m.type === 'counter' ? m.name.replace(/_total$/, '') : m.name;
    lines.push(`# HELP ${family} ${m.help}`, `# TYPE ${family} ${m.type}`);
    for (const s of samples) {
      lines.push(`${m.name}${labelText(dbName)} ${formatValue(m.value(s))} ${startUnixSec + s.t / 1e9}`);
    }
  }
  lines.push('# EOF');
  return lines.join('\n') + '\n';
}

/** csv renders every scrape as CSV: a header with the time in seconds and each metric name, then one row per scrape. */
export function csv(samples: readonly StatsSample[]): string {
  const header = ['time_seconds', ...DBSTATS_METRICS.map((m) => m.name)].join(',');
  const rows = samples.map((s) => [formatValue(s.t / 1e9), ...DBSTATS_METRICS.map((m) => formatValue(m.value(s)))].join(','));
  return [header, ...rows].join('\n') + '\n';
}
