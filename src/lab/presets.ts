import { DEFAULT_CONFIG, type LabConfig } from './config.ts';

/** LabPreset is a named starting configuration for one of the lessons' scenarios. */
export interface LabPreset { id: string; title: string; lesson: string; summary: string; config: LabConfig }

const base: LabConfig = {
  ...DEFAULT_CONFIG,
  durationSec: 600,
  pool: { maxOpen: 20, maxIdle: 20, maxLifetimeSec: 300, maxIdleTimeSec: 60 },
  workload: { kind: 'steady', rps: 60 },
  latency: { medianMs: 15, p99Ms: 80, slowShare: 0, slowMs: 2000 },
};

/** PRESETS are the lab's scenarios, in lesson order; each is a plain configuration (so a preset is a link too). */
export const PRESETS: readonly LabPreset[] = [
  {
    id: 'healthy', title: 'Healthy service', lesson: 'configuring-the-pool',
    summary: 'A pool of 20 at 60 requests/s: InUse rises and falls with traffic, nothing waits.',
    config: base,
  },
  {
    id: 'healthy-bursts', title: 'Healthy, with bursts', lesson: 'monitoring-and-alerting',
    summary: 'Traffic jumps to 500 requests/s for 20 s every 2 minutes: the pool saturates briefly, waits are short, and it lets go.',
    config: { ...base, workload: { kind: 'burst', baseRps: 40, burstRps: 500, everySec: 120, burstSec: 20 } },
  },
  {
    id: 'rows-leak', title: 'Rows leaked on an early return', lesson: 'detecting-a-leak',
    summary: '1% of requests return before rows.Close(): InUse climbs to the limit and stays, callers fail with context deadline exceeded.',
    config: { ...base, bug: { kind: 'rowsLeak', percent: 1, startSec: 60 } },
  },
  {
    id: 'tx-leak', title: 'Transaction left open on an error path', lesson: 'detecting-a-leak',
    summary: '0.5% of requests answer 409 without tx.Rollback(): Sleep sessions with an open transaction in INNODB_TRX.',
    config: { ...base, bug: { kind: 'txLeak', percent: 0.5, startSec: 60 } },
  },
  {
    id: 'panic-no-defer', title: 'Panic after Query, no defer', lesson: 'detecting-a-leak',
    summary: 'net/http recovers the panic and logs it; the Rows stay open and hold their connection.',
    config: { ...base, bug: { kind: 'panicNoDefer', percent: 0.5, startSec: 60 } },
  },
  {
    id: 'open-per-request', title: 'sql.Open per request', lesson: 'one-pool',
    summary: 'Every request opens its own pool and never closes it: the pool looks idle while the server fills up and refuses logins with Error 1040.',
    config: { ...base, durationSec: 120, workload: { kind: 'steady', rps: 20 }, bug: { kind: 'openPerRequest' } },
  },
  {
    id: 'no-deadline', title: 'No deadline on a slow query', lesson: 'timeouts',
    summary: '2% of queries take 30 s and run without a deadline: they hold connections long after the callers gave up.',
    config: { ...base, latency: { ...base.latency, slowShare: 0.02, slowMs: 30000 }, bug: { kind: 'noDeadline' } },
  },
  {
    id: 'too-many-replicas', title: 'Replicas over max_connections', lesson: 'configuring-the-pool',
    summary: 'Seven other replicas already hold 140 of the server\'s 151 connections: this one gets Error 1040 when it grows.',
    config: { ...base, server: { ...base.server, otherClients: 140 }, workload: { kind: 'burst', baseRps: 40, burstRps: 400, everySec: 60, burstSec: 15 } },
  },
  {
    id: 'idle-churn', title: 'Default idle limit under bursts', lesson: 'configuring-the-pool',
    summary: 'SetMaxIdleConns left at 2: after every burst the extra connections are closed and re-dialled (MaxIdleClosed climbs).',
    config: { ...base, pool: { maxOpen: 20, maxIdle: 2, maxLifetimeSec: 0, maxIdleTimeSec: 0 }, latency: { ...base.latency, connectMs: 20 }, workload: { kind: 'burst', baseRps: 40, burstRps: 400, everySec: 60, burstSec: 15 } },
  },
];

/** presetById finds a preset. */
export function presetById(id: string): LabPreset | undefined {
  return PRESETS.find((p) => p.id === id);
}
