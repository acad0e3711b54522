import type { Nanos } from './time.ts';

/** TimerEntry is one scheduled timer: ordered by instant, then by creation (seq). */
export interface TimerEntry {
  readonly at: Nanos;
  readonly seq: number;
  /** fire: what to run (a callback or a target object; the World knows which), null once fired or stopped. */
  fire: unknown;
  /** task: a sleeping task to make runnable (sleep's fast path) when fire is null. */
  task?: unknown;
  readonly daemon: boolean;
  state: 'pending' | 'stopped' | 'fired';
  /** idx is the entry's position in its heap (-1 when it is in none); the heap keeps it current. */
  idx: number;
}

/**
 * TimerHeap is a binary min-heap of timers by (at, seq). Each entry knows its index, so a stopped timer
 * is taken out at once (`remove`) instead of staying in the heap until its instant: a cancelled request
 * deadline or a closed session's wait_timeout timer (hours of virtual time away) no longer makes every
 * push and pop walk a deeper heap.
 */
export class TimerHeap {
  private readonly h: TimerEntry[] = [];

  /** size counts entries in the heap. */
  get size(): number {
    return this.h.length;
  }

  /** push adds a timer. */
  push(e: TimerEntry): void {
    const h = this.h;
    h.push(e);
    this.up(e, h.length - 1);
  }

  /** peek returns the earliest entry without removing it. */
  peek(): TimerEntry | undefined {
    return this.h[0];
  }

  /** pop removes and returns the earliest entry. */
  pop(): TimerEntry | undefined {
    const h = this.h;
    if (h.length === 0) return undefined;
    const top = h[0]!;
    const last = h.pop()!;
    top.idx = -1;
    if (last !== top) this.down(last, 0);
    return top;
  }

  /** remove takes an entry out of the heap wherever it is (no-op if it is not in it). */
  remove(e: TimerEntry): void {
    const i = e.idx;
    const h = this.h;
    if (i < 0 || h[i] !== e) return;
    e.idx = -1;
    const last = h.pop()!;
    if (last === e) return;
    // The last entry takes e's place, then moves up or down to where it belongs.
    if (i > 0 && less(last, h[(i - 1) >> 1]!)) this.up(last, i);
    else this.down(last, i);
  }

  /** up places e at index i and sifts it towards the root. */
  private up(e: TimerEntry, i: number): void {
    const h = this.h;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const q = h[p]!;
      if (!less(e, q)) break;
      h[i] = q;
      q.idx = i;
      i = p;
    }
    h[i] = e;
    e.idx = i;
  }

  /** down places e at index i and sifts it towards the leaves. */
  private down(e: TimerEntry, i: number): void {
    const h = this.h;
    const n = h.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      let m = l;
      let c = h[l]!;
      const r = l + 1;
      if (r < n) {
        const rc = h[r]!;
        if (less(rc, c)) {
          m = r;
          c = rc;
        }
      }
      if (!less(c, e)) break;
      h[i] = c;
      c.idx = i;
      i = m;
    }
    h[i] = e;
    e.idx = i;
  }
}

function less(a: TimerEntry, b: TimerEntry): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}
