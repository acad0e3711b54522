import { DEFAULT_CONFIG, type LabConfig } from './config.ts';

/** LabPreset is a named starting configuration for one of the lessons' scenarios. */
export interface LabPreset { id: string; title: string; lesson: string; summary: string; config: LabConfig }

// A service the lessons describe: 400 requests/s of queries with a median of 8 ms and a p99 of 60 ms keep
// about 4–5 connections busy (lesson 11: "400 queries per second that each hold a connection for 10 ms keep
// about 4 busy"), on a pool sized as lesson 11 advises, with 2 s request deadlines.
const base: LabConfig = {
  ...DEFAULT_CONFIG,
  durationSec: 600,
  pool: { maxOpen: 20, maxIdle: 20, maxLifetimeSec: 300, maxIdleTimeSec: 120 },
  workload: { kind: 'steady', rps: 400 },
  latency: { medianMs: 8, p99Ms: 60, slowShare: 0, slowMs: 2000 },
  deadlineMs: 2000,
};

// bursts as a marketing e-mail or a cron fan-out makes them: five times the traffic for 20 s every 2 minutes
const bursts = { kind: 'burst', baseRps: 300, burstRps: 1500, everySec: 120, burstSec: 20 } as const;

/** PRESETS are the lab's scenarios, in lesson order; each is a plain configuration (so a preset is a link too). */
export const PRESETS: readonly LabPreset[] = [
  {
    id: 'healthy', title: 'Healthy service', lesson: 'configuring-the-pool',
    summary: 'A pool of 20 at 400 requests/s, queries of 8 ms (p99 60 ms): about 5 connections in use, rising and falling with traffic; nothing waits.',
    config: base,
  },
  {
    id: 'healthy-bursts', title: 'Healthy, with bursts', lesson: 'monitoring-and-alerting',
    summary: 'Traffic jumps from 300 to 1,500 requests/s for 20 s every 2 minutes: InUse touches the limit of 20, requests wait a few milliseconds, and the pool lets go. A leak alert must stay quiet here.',
    config: { ...base, workload: bursts },
  },
  {
    id: 'rows-leak', title: 'Rows leaked on an early return', lesson: 'detecting-a-leak',
    summary: 'From minute 1, one request in 2,000 returns before rows.Close(): InUse climbs for about two minutes to the limit and stays there; every caller then waits its 2 s and fails with context deadline exceeded. The console shows 20 Sleep sessions whose Time keeps growing.',
    config: { ...base, bug: { kind: 'rowsLeak', percent: 0.05, startSec: 60 } },
  },
  {
    id: 'tx-leak', title: 'Transaction left open on an error path', lesson: 'detecting-a-leak',
    summary: 'From minute 1, one request in 2,000 answers 409 without tx.Rollback(): the same climb, and the console\'s INNODB_TRX lists an open transaction for every Sleep session.',
    config: { ...base, bug: { kind: 'txLeak', percent: 0.05, startSec: 60 } },
  },
  {
    id: 'panic-no-defer', title: 'Panic after Query, no defer', lesson: 'detecting-a-leak',
    summary: 'From minute 1, one request in 2,000 panics between Query and Close: net/http recovers it and logs the trace, the Rows stay open and hold their connection.',
    config: { ...base, bug: { kind: 'panicNoDefer', percent: 0.05, startSec: 60 } },
  },
  {
    id: 'open-per-request', title: 'sql.Open per request', lesson: 'one-pool',
    summary: 'Every request opens its own pool and never closes it: at 100 requests/s the server\'s 151 connections are gone in under two seconds; the shared pool looks idle while logins fail with Error 1040.',
    config: { ...base, durationSec: 60, workload: { kind: 'steady', rps: 100 }, bug: { kind: 'openPerRequest' } },
  },
  {
    id: 'no-deadline', title: 'No deadline on a slow query', lesson: 'timeouts',
    summary: 'One query in 1,000 takes 30 s and runs without a deadline: about a dozen connections are held by queries whose callers gave up long ago, and whenever a few more overlap, the pool runs dry and the rest of the traffic fails at its 2 s deadline, then recovers. Unlike a leak, InUse dips again.',
    config: { ...base, latency: { ...base.latency, slowShare: 0.001, slowMs: 30000 }, bug: { kind: 'noDeadline' } },
  },
  {
    id: 'too-many-replicas', title: 'Replicas over max_connections', lesson: 'configuring-the-pool',
    summary: 'Other replicas already hold 140 of the server\'s 151 connections: this one is fine at 300 requests/s, and gets Error 1040 in every burst, when its pool tries to grow past the 11 free slots.',
    config: { ...base, server: { ...base.server, otherClients: 140 }, workload: bursts },
  },
  {
    id: 'idle-churn', title: 'Default idle limit under bursts', lesson: 'configuring-the-pool',
    summary: 'SetMaxIdleConns left at 2 while about 4 connections are busy: connections are closed on release and re-dialled (20 ms each) all the time, and every burst adds more. MaxIdleClosed climbs steadily; its rate is the reconnect rate.',
    config: { ...base, pool: { maxOpen: 20, maxIdle: 2, maxLifetimeSec: 0, maxIdleTimeSec: 0 }, latency: { ...base.latency, connectMs: 20 }, workload: bursts },
  },
];

/**
 * STARTING_RULES are the rules the lab's editor starts with: lesson 13's leak alert scaled to a 10-minute
 * run (InUse never below the limit for 2 minutes, for 1 minute). It fires on the three leak presets and
 * never on "Healthy, with bursts".
 */
export const STARTING_RULES: readonly { alert: string; expr: string; for: string }[] = [
  { alert: 'DBPoolConnectionsHeld', expr: 'min_over_time(go_sql_in_use_connections[2m]) >= go_sql_max_open_connections', for: '1m' },
];

/** presetById finds a preset. */
export function presetById(id: string): LabPreset | undefined {
  return PRESETS.find((p) => p.id === id);
}
