import type { Nanos } from './time.ts';

/** TimerEntry is one scheduled timer: ordered by instant, then by creation (seq). */
export interface TimerEntry {
  at: Nanos;
  seq: number;
  fire: (() => void) | null;
  /** task: a sleeping task to make runnable (sleep's fast path) when fire is null. */
  task?: unknown;
  daemon: boolean;
  state: 'pending' | 'stopped' | 'fired';
}

/** TimerHeap is a binary min-heap of timers by (at, seq); stopped entries are dropped lazily. */
export class TimerHeap {
  private readonly h: TimerEntry[] = [];

  /** size counts entries still in the heap, stopped ones included. */
  get size(): number {
    return this.h.length;
  }

  /** push adds a timer. */
  push(e: TimerEntry): void {
    const h = this.h;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const c = h[i]!;
      const q = h[p]!;
      if (!less(c, q)) break;
      h[i] = q;
      h[p] = c;
      i = p;
    }
  }

  /** peek returns the earliest pending timer without removing it (dropping stopped ones on the way). */
  peek(): TimerEntry | undefined {
    while (this.h.length > 0 && this.h[0]!.state !== 'pending') this.pop();
    return this.h[0];
  }

  /** pop removes and returns the earliest entry (whatever its state). */
  pop(): TimerEntry | undefined {
    const h = this.h;
    if (h.length === 0) return undefined;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && less(h[l]!, h[m]!)) m = l;
        if (r < h.length && less(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        const t = h[i]!;
        h[i] = h[m]!;
        h[m] = t;
        i = m;
      }
    }
    return top;
  }
}

function less(a: TimerEntry, b: TimerEntry): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}
