import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TimerHeap, type TimerEntry } from '../../src/sim/timer-heap.ts';

function entry(at: number, seq: number): TimerEntry {
  return { at, seq, fire: null, daemon: false, state: 'pending', idx: -1 };
}

/** One step of a random heap workout: add a timer, remove a random present one, or pop the earliest. */
type Op = { kind: 'push'; at: number } | { kind: 'remove'; pick: number } | { kind: 'pop' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('push' as const), at: fc.integer({ min: 0, max: 20 }) }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('pop' as const) }),
);

describe('TimerHeap', () => {
  it('pops in (at, seq) order and removes any entry at once, matching a sorted list under random operations', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 300 }), (ops) => {
        const heap = new TimerHeap();
        let model: TimerEntry[] = [];
        let seq = 0;
        const byOrder = (a: TimerEntry, b: TimerEntry) => a.at - b.at || a.seq - b.seq;
        for (const op of ops) {
          if (op.kind === 'push') {
            const e = entry(op.at, seq++);
            heap.push(e);
            model.push(e);
          } else if (op.kind === 'remove') {
            if (model.length === 0) continue;
            const e = model[op.pick % model.length]!;
            heap.remove(e);
            expect(e.idx).toBe(-1);
            model = model.filter((x) => x !== e);
            heap.remove(e); // a second remove is a no-op
          } else {
            model.sort(byOrder);
            const want = model.shift();
            const got = heap.pop();
            expect(got).toBe(want);
            if (got) expect(got.idx).toBe(-1);
          }
          expect(heap.size).toBe(model.length);
          model.sort(byOrder);
          expect(heap.peek()).toBe(model[0]);
        }
        // Draining gives the rest in order.
        const rest: TimerEntry[] = [];
        for (let e = heap.pop(); e; e = heap.pop()) rest.push(e);
        expect(rest).toEqual(model);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('a removed entry no longer counts toward the size', () => {
    const heap = new TimerHeap();
    const es = [5, 1, 9, 3].map((at, i) => entry(at, i));
    for (const e of es) heap.push(e);
    heap.remove(es[1]!);
    heap.remove(es[2]!);
    expect(heap.size).toBe(2);
    expect([heap.pop()?.at, heap.pop()?.at, heap.pop()]).toEqual([3, 5, undefined]);
  });
});
