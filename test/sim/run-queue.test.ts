import { describe, expect, it } from 'vitest';
import { World } from '../../src/sim/world.ts';
import { Rng } from '../../src/sim/rng.ts';

// The scheduler keeps its run queue in a ring buffer that grows; the order it runs tasks in must be exactly
// that of a plain FIFO array (with the seeded pick among the runnable tasks when shuffling).
function runOrder(seed: number, shuffle: boolean, tasks: number, yields: (i: number) => number): number[] {
  const world = new World({ seed, shuffle });
  const order: number[] = [];
  for (let i = 0; i < tasks; i++) {
    world.spawn(`t${i}`, function* () {
      for (let k = 0; k <= yields(i); k++) {
        order.push(i);
        if (i % 7 === 0 && k === 1) world.spawn(`child${i}`, function* () { order.push(-1 - i); });
        yield; // stays runnable: to the back of the queue
      }
    });
  }
  expect(world.run().kind).toBe('done');
  return order;
}

function modelOrder(seed: number, shuffle: boolean, tasks: number, yields: (i: number) => number): number[] {
  const rng = new Rng(seed >>> 0).fork('scheduler');
  type T = { id: number; left: number; k: number };
  const q: T[] = [];
  for (let i = 0; i < tasks; i++) q.push({ id: i, left: yields(i) + 1, k: 0 });
  const order: number[] = [];
  let head = 0;
  while (head < q.length) {
    if (shuffle) {
      const j = head + rng.int(q.length - head);
      const t = q[j]!;
      q[j] = q[head]!;
      q[head] = t;
    }
    const t = q[head++]!;
    if (t.id < 0) {
      order.push(t.id);
      continue;
    }
    if (t.left === 0) continue; // the step that ends the task
    order.push(t.id);
    if (t.id % 7 === 0 && t.k === 1) q.push({ id: -1 - t.id, left: 1, k: 0 });
    t.k++;
    t.left--;
    q.push(t);
  }
  return order;
}

describe('the run queue', () => {
  for (const shuffle of [false, true]) {
    it(`runs tasks in the order of a plain ${shuffle ? 'shuffled' : 'FIFO'} queue while it grows and wraps`, () => {
      const yields = (i: number) => (i * 37) % 5;
      for (const [seed, n] of [[1, 3], [2, 70], [3, 300], [4, 1500]] as const) {
        expect(runOrder(seed, shuffle, n, yields)).toEqual(modelOrder(seed, shuffle, n, yields));
      }
    });
  }
});
