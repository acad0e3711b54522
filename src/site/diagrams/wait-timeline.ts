import { findEvent, formatMs, type Stats, type Trace } from './trace.ts';

/** WaitBar is one goroutine of trace 09: when it asked for a conn, got it, and gave it back. */
export interface WaitBar {
  g: number;
  startMs: number;
  acquiredMs: number;
  endMs: number;
  waitedMs: number;
}

/** WaitTimelineModel is what the WaitTimeline diagram draws. */
export interface WaitTimelineModel {
  bars: WaitBar[];
  maxOpen: number;
  stats: Stats;
  totalWaitMs: number;
  /** overtaken lists [earlier, later] goroutine pairs where the later asker got a connection first. */
  overtaken: [number, number][];
  endMs: number;
  description: string;
}

interface Goroutine {
  g: number;
  start_ms: number;
  acquired_ms: number;
  end_ms: number;
}

/** waitTimelineModel reads trace 09 variant B (db.Conn held 300 ms; it records when each goroutine got its conn). */
export function waitTimelineModel(trace: Trace): WaitTimelineModel {
  const note = findEvent(trace, 'B-', 'note', 'goroutines');
  const final = findEvent(trace, 'B-', 'snapshot', 'after-all-finished');
  const bars = (note.data as Goroutine[]).map((g) => ({
    g: g.g,
    startMs: g.start_ms,
    acquiredMs: g.acquired_ms,
    endMs: g.end_ms,
    waitedMs: g.acquired_ms - g.start_ms,
  }));
  const stats = final.stats!;
  const waiters = bars.filter((b) => b.waitedMs > 50);
  const totalWaitMs = waiters.reduce((s, b) => s + b.waitedMs, 0);
  const endMs = Math.max(...bars.map((b) => b.endMs));
  const overtaken: [number, number][] = [];
  for (const a of waiters) for (const b of waiters) if (a.startMs < b.startMs && b.acquiredMs < a.acquiredMs) overtaken.push([a.g, b.g]);
  const overtakeText = overtaken
    .map(([a, b]) => ` Goroutine ${b} got its connection before goroutine ${a}, which had asked earlier: a freed connection goes to a random waiter.`)
    .join('');
  const description =
    `${bars.length} goroutines share a pool with MaxOpenConns=${stats.MaxOpenConnections}. ` +
    bars.map((b) => `Goroutine ${b.g} asks at ${formatMs(b.startMs)}, gets a connection at ${formatMs(b.acquiredMs)} (waited ${formatMs(b.waitedMs)}) and returns it at ${formatMs(b.endMs)}.`).join(' ') +
    overtakeText +
    ` DBStats afterwards: WaitCount=${stats.WaitCount}, WaitDuration=${formatMs(stats.WaitDurationMs)}, the sum of the ${waiters.length} waits.`;
  return { bars, maxOpen: stats.MaxOpenConnections, stats, totalWaitMs, overtaken, endMs, description };
}
