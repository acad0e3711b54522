import { findEvent, formatMs, type Stats, type Trace } from './trace.ts';

/** LeakCall is one call of trace 01 variant D. */
export interface LeakCall {
  i: number;
  startMs: number;
  elapsedMs: number;
  ok: boolean;
  err?: string;
  inUseAfter: number;
  waitCountAfter: number;
}

/** LeakFillModel is what the LeakFill diagram draws. */
export interface LeakFillModel {
  calls: LeakCall[];
  maxOpen: number;
  final: Stats;
  endMs: number;
  leaked: number;
  failed: number;
  description: string;
}

interface Call {
  i: number;
  start_ms: number;
  elapsed_ms: number;
  ok: boolean;
  err?: string;
  inuse_after: number;
  waitcount_after: number;
}

/** leakFillModel reads trace 01 variant D: five calls leak their Rows, the next five wait for the 2 s deadline. */
export function leakFillModel(trace: Trace): LeakFillModel {
  const note = findEvent(trace, 'D-', 'note', 'calls');
  const final = findEvent(trace, 'D-', 'snapshot', 'after-10-calls').stats!;
  const calls = (note.data as Call[]).map((c) => ({
    i: c.i,
    startMs: c.start_ms,
    elapsedMs: c.elapsed_ms,
    ok: c.ok,
    err: c.err,
    inUseAfter: c.inuse_after,
    waitCountAfter: c.waitcount_after,
  }));
  const endMs = Math.max(...calls.map((c) => c.startMs + c.elapsedMs));
  const leaked = calls.filter((c) => c.ok).length;
  const failed = calls.filter((c) => !c.ok);
  const errText = failed[0]?.err ?? '';
  const description =
    `MaxOpenConns=${final.MaxOpenConnections}. Calls 1 to ${leaked} each break out of the rows loop without rows.Close(): ` +
    `each keeps its connection, and InUse climbs to ${calls[leaked - 1]?.inUseAfter}. ` +
    `Calls ${leaked + 1} to ${calls.length} find the pool full; each waits ${failed.map((c) => formatMs(c.elapsedMs)).join(', ')} and fails with "${errText}". ` +
    `DBStats at the end: OpenConnections=${final.OpenConnections}, InUse=${final.InUse}, Idle=${final.Idle}, WaitCount=${final.WaitCount}, WaitDuration=${formatMs(final.WaitDurationMs)}.`;
  return { calls, maxOpen: final.MaxOpenConnections, final, endMs, leaked, failed: failed.length, description };
}
