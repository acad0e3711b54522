import { findEvent, formatMs, type Stats, type Trace } from './trace.ts';

/** PoolHolder is a goroutine holding a conn in the PoolStates snapshot. */
export interface PoolHolder {
  g: number;
  query: string;
  serverId: number;
  heldMs: number;
}

/** PoolWaiter is a goroutine in the wait queue of the PoolStates snapshot. */
export interface PoolWaiter {
  g: number;
  askedAtMs: number;
  waitedMs: number;
}

/** PoolStatesModel is what the PoolStates diagram draws: trace 09, 150 ms into variant A. */
export interface PoolStatesModel {
  atMs: number;
  stats: Stats;
  holders: PoolHolder[];
  waiters: PoolWaiter[];
  description: string;
}

interface Goroutine {
  g: number;
  start_ms: number;
  end_ms: number;
}

/** poolStatesModel reads trace 09 variant A: 5 goroutines run SELECT SLEEP(0.3) on MaxOpenConns=2; the snapshot taken while 3 wait. */
export function poolStatesModel(trace: Trace): PoolStatesModel {
  const snap = findEvent(trace, 'A-', 'snapshot', 'while-waiting(+150ms)');
  const gs = findEvent(trace, 'A-', 'note', 'goroutines').data as Goroutine[];
  const stats = snap.stats!;
  const byEnd = [...gs].sort((a, b) => a.end_ms - b.end_ms);
  const holdersG = byEnd.slice(0, stats.InUse).sort((a, b) => a.start_ms - b.start_ms);
  const threads = [...(snap.server?.threads ?? [])].sort((a, b) => b.time_ms - a.time_ms);
  // The snapshot's moment on the goroutines' clock: the first holder's start plus its server thread's age.
  const atMs = holdersG[0].start_ms + threads[0].time_ms;
  const holders = holdersG.map((g, k) => ({
    g: g.g,
    query: threads[k]?.info ?? '',
    serverId: threads[k]?.id ?? 0,
    heldMs: threads[k]?.time_ms ?? atMs - g.start_ms,
  }));
  const waiters = gs
    .filter((g) => !holdersG.includes(g))
    .sort((a, b) => a.start_ms - b.start_ms)
    .map((g) => ({ g: g.g, askedAtMs: g.start_ms, waitedMs: atMs - g.start_ms }));
  const description =
    `A pool with MaxOpenConns=${stats.MaxOpenConnections}, ${formatMs(atMs)} after 5 goroutines started running ${holders[0]?.query}. ` +
    holders.map((h) => `Goroutine ${h.g} holds a connection (server thread ${h.serverId}, in its query for ${formatMs(h.heldMs)}).`).join(' ') +
    ` ${waiters.length} goroutines wait in the queue: ` +
    waiters.map((w) => `goroutine ${w.g} for ${formatMs(w.waitedMs)}`).join(', ') +
    `; a connection that comes back goes to one of them picked at random, not to the one that waited longest. DBStats: OpenConnections=${stats.OpenConnections}, InUse=${stats.InUse}, Idle=${stats.Idle}, WaitCount=${stats.WaitCount}. ` +
    'A connection can be idle (outlined), in use (filled), dialing (dashed, with a progress mark) or closed (faded, with the reason).';
  return { atMs, stats, holders, waiters, description };
}
