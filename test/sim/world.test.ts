import { describe, expect, it } from 'vitest';
import { Millisecond, Second } from '../../src/sim/time.ts';
import { World, type Wait } from '../../src/sim/world.ts';

describe('World clock and timers', () => {
  it('advances time only when every task is blocked, jumping to the earliest timer', () => {
    const w = new World({ seed: 1 });
    const seen: string[] = [];
    w.spawn('a', function* () {
      yield* w.sleep(5 * Millisecond);
      seen.push(`a@${w.now()}`);
    });
    w.spawn('b', function* () {
      for (let i = 0; i < 3; i++) {
        seen.push(`b${i}@${w.now()}`);
        yield;
      }
      yield* w.sleep(2 * Millisecond);
      seen.push(`b@${w.now()}`);
    });
    expect(w.run()).toEqual({ kind: 'done' });
    expect(seen).toEqual(['b0@0', 'b1@0', 'b2@0', `b@${2 * Millisecond}`, `a@${5 * Millisecond}`]);
    expect(w.now()).toBe(5 * Millisecond);
  });

  it('fires several timers due at one instant in creation order', () => {
    const w = new World({ seed: 1 });
    const order: number[] = [];
    w.timer(10, () => order.push(3));
    w.timer(5, () => order.push(1));
    w.timer(10, () => order.push(4));
    w.timer(5, () => order.push(2));
    w.spawn('t', function* () {
      yield* w.sleep(20);
    });
    w.run();
    expect(order).toEqual([1, 2, 3, 4]);
  });

  it('a stopped timer never fires and stop reports whether it was pending', () => {
    const w = new World({ seed: 1 });
    let fired = 0;
    const t = w.timer(10, () => fired++);
    const u = w.timer(3, () => fired++);
    w.spawn('t', function* () {
      yield* w.sleep(5);
      expect(t.stop()).toBe(true);
      expect(t.stop()).toBe(false);
      expect(u.stop()).toBe(false);
      yield* w.sleep(20);
    });
    expect(w.run().kind).toBe('done');
    expect(fired).toBe(1);
    expect(u.fired).toBe(true);
    expect(t.fired).toBe(false);
  });

  it('ends as done when no task is left even with pending timers', () => {
    const w = new World({ seed: 1 });
    w.timer(Second, () => {});
    w.spawn('t', function* () {
      yield;
    });
    expect(w.run()).toEqual({ kind: 'done' });
    expect(w.now()).toBe(0);
  });
});

describe('World waits', () => {
  it('wakes a parked task with the value given to wake', () => {
    const w = new World({ seed: 1 });
    let waiter: Wait<string> | undefined;
    let got: unknown;
    w.spawn('waiter', function* () {
      waiter = w.wait<string>('chan receive');
      got = yield* waiter.park();
    });
    w.spawn('waker', function* () {
      yield* w.sleep(7);
      expect(waiter!.wake('hello')).toBe(true);
      expect(waiter!.wake('again')).toBe(false);
    });
    expect(w.run().kind).toBe('done');
    expect(got).toEqual({ kind: 'woken', value: 'hello' });
  });

  it('times out at exactly the deadline, and a later wake returns false', () => {
    const w = new World({ seed: 1 });
    let wt: Wait<number> | undefined;
    let out: unknown;
    let at = -1;
    w.spawn('waiter', function* () {
      wt = w.wait<number>('select', { deadline: 100 });
      out = yield* wt.park();
      at = w.now();
    });
    w.spawn('late', function* () {
      yield* w.sleep(150);
      expect(wt!.wake(1)).toBe(false);
    });
    w.run();
    expect(out).toEqual({ kind: 'timeout' });
    expect(at).toBe(100);
  });

  it('a wait woken before park returns at once without blocking', () => {
    const w = new World({ seed: 1 });
    let out: unknown;
    w.spawn('t', function* () {
      const wt = w.wait<number>('x');
      wt.wake(42);
      out = yield* wt.park();
    });
    expect(w.run().kind).toBe('done');
    expect(out).toEqual({ kind: 'woken', value: 42 });
  });

  it('a deadline already past resolves as timeout without advancing time', () => {
    const w = new World({ seed: 1 });
    let out: unknown;
    w.spawn('t', function* () {
      out = yield* w.wait('x', { deadline: 0 }).park();
    });
    w.run();
    expect(out).toEqual({ kind: 'timeout' });
    expect(w.now()).toBe(0);
  });
});

describe('World run results', () => {
  it('reports a deadlock listing each blocked task with reason, since and site', () => {
    const w = new World({ seed: 1 });
    const site = { file: 'main.go', line: 12, col: 5 };
    w.spawn('main', function* () {
      yield* w.sleep(30);
      yield* w.wait('chan receive', { site }).park();
    });
    w.spawn('worker', function* () {
      yield* w.wait('sync.Mutex.Lock').park();
    });
    const r = w.run();
    expect(r.kind).toBe('deadlock');
    if (r.kind !== 'deadlock') return;
    expect(r.blocked.map((b) => [b.task.name, b.reason, b.since, b.site])).toEqual([
      ['main', 'chan receive', 30, site],
      ['worker', 'sync.Mutex.Lock', 0, undefined],
    ]);
  });

  it('daemon timers fire when time moves but do not keep a blocked world alive', () => {
    const w = new World({ seed: 1 });
    let ticks = 0;
    const tick = (): void => {
      ticks++;
      w.timer(w.now() + Second, tick, { daemon: true });
    };
    w.timer(Second, tick, { daemon: true });
    w.spawn('main', function* () {
      yield* w.sleep(2500 * Millisecond);
      yield* w.wait('forever').park();
    });
    const r = w.run();
    expect(r.kind).toBe('deadlock');
    expect(ticks).toBe(2);
  });

  it('stops after maxSteps resumptions and continues on the next run', () => {
    const w = new World({ seed: 1 });
    let n = 0;
    w.spawn('spin', function* () {
      for (;;) {
        n++;
        yield;
      }
    });
    expect(w.run({ maxSteps: 10 })).toEqual({ kind: 'steps', steps: 10 });
    expect(n).toBe(10);
    expect(w.run({ maxSteps: 5 })).toEqual({ kind: 'steps', steps: 5 });
    expect(n).toBe(15);
  });

  it('stops when until() becomes true', () => {
    const w = new World({ seed: 1 });
    let n = 0;
    w.spawn('count', function* () {
      for (;;) {
        n++;
        yield* w.sleep(10);
      }
    });
    expect(w.run({ until: () => w.now() >= 55 })).toEqual({ kind: 'until' });
    expect(w.now()).toBe(60);
    expect(n).toBe(6); // ran at 0,10,...,50; the clock moved to 60 and until() stopped the run before it resumed
  });

  it('returns an error result when a task body throws', () => {
    const w = new World({ seed: 1 });
    const boom = new Error('boom');
    const t = w.spawn('bad', function* () {
      yield;
      throw boom;
    });
    const r = w.run();
    expect(r).toEqual({ kind: 'error', task: t, error: boom });
    expect(t.state).toBe('failed');
  });

  it('bare yield preempts: two spinning tasks interleave in FIFO order', () => {
    const w = new World({ seed: 1 });
    const out: string[] = [];
    for (const name of ['x', 'y']) {
      w.spawn(name, function* () {
        for (let i = 0; i < 3; i++) {
          out.push(`${name}${i}`);
          yield;
        }
      });
    }
    w.run();
    expect(out).toEqual(['x0', 'y0', 'x1', 'y1', 'x2', 'y2']);
  });

  it('records task results and current()', () => {
    const w = new World({ seed: 1 });
    const t = w.spawn('r', function* (task) {
      expect(w.current()).toBe(task);
      yield;
      return 7;
    });
    w.run();
    expect(w.current()).toBeNull();
    expect(t.result).toBe(7);
    expect(t.state).toBe('done');
  });
});

describe('World determinism', () => {
  function trace(seed: number): string[] {
    const w = new World({ seed, shuffle: true });
    const out: string[] = [];
    for (let k = 0; k < 5; k++) {
      w.spawn(`t${k}`, function* () {
        for (let i = 0; i < 4; i++) {
          out.push(`${k}.${i}@${w.now()}`);
          if (w.rng.int(2) === 0) yield;
          else yield* w.sleep(w.rng.int(3));
        }
      });
    }
    w.run();
    return out;
  }

  it('the same seed gives the identical schedule', () => {
    expect(trace(42)).toEqual(trace(42));
  });

  it('shuffle picks among runnable tasks by seed (different seeds differ)', () => {
    const traces = new Set([1, 2, 3, 4, 5, 6].map((s) => trace(s).join(',')));
    expect(traces.size).toBeGreaterThan(1);
  });
});

describe('World keepTasks', () => {
  function churn(keepTasks: boolean | undefined): { w: World; order: string[] } {
    const w = new World({ seed: 3, keepTasks });
    const order: string[] = [];
    w.spawn('parent', function* () {
      for (let i = 0; i < 200; i++) {
        w.spawn(`child${i}`, function* () {
          yield* w.sleep(5);
          order.push(`c${i}@${w.now()}`);
        });
        yield* w.sleep(1);
      }
      yield* w.sleep(100);
    });
    w.spawn('stuck', function* () {
      yield* w.wait<void>('forever').park();
    });
    return { w, order };
  }

  it('by default tasks() lists finished tasks too, in spawn order', () => {
    const { w } = churn(undefined);
    expect(w.run().kind).toBe('deadlock');
    expect(w.tasks().length).toBe(202);
    expect(w.tasks()[0]!.name).toBe('parent');
    expect(w.tasks().filter((t) => t.state === 'done').length).toBe(201);
  });

  it('with keepTasks: false finished tasks leave tasks(); the schedule and the deadlock report are unchanged', () => {
    const kept = churn(true);
    const dropped = churn(false);
    const r1 = kept.w.run();
    const r2 = dropped.w.run();
    expect(dropped.order).toEqual(kept.order);
    expect(r2.kind).toBe('deadlock');
    expect(r1.kind === 'deadlock' && r1.blocked.map((b) => [b.task.name, b.reason])).toEqual([['stuck', 'forever']]);
    expect(r2.kind === 'deadlock' && r2.blocked.map((b) => [b.task.name, b.reason])).toEqual([['stuck', 'forever']]);
    expect(dropped.w.tasks().map((t) => t.name)).toEqual(['stuck']);
    expect(dropped.w.now()).toBe(kept.w.now());
  });
});

describe('World.sleep', () => {
  it('a task sleeping again and again wakes at each instant, and shows its sleep reason while parked', () => {
    const w = new World({ seed: 1 });
    const woke: number[] = [];
    const seen: string[] = [];
    const t = w.spawn('sleeper', function* () {
      for (const d of [3, 0, 5, -1, 7]) {
        yield* w.sleep(d, `nap ${d}`);
        woke.push(w.now());
      }
    });
    w.spawn('watcher', function* () {
      for (let i = 0; i < 4; i++) {
        yield* w.sleep(2);
        seen.push(`${w.now()}:${t.state}:${t.waitReason ?? ''}`);
      }
    });
    expect(w.run()).toEqual({ kind: 'done' });
    expect(woke).toEqual([3, 3, 8, 8, 15]);
    expect(seen).toEqual(['2:blocked:nap 3', '4:blocked:nap 5', '6:blocked:nap 5', '8:blocked:nap 7']);
  });

  it('a deadlock report lists a task blocked on a wait after it slept', () => {
    const w = new World({ seed: 1 });
    w.spawn('t', function* () {
      yield* w.sleep(4, 'first');
      yield* w.wait<void>('forever').park();
    });
    const r = w.run();
    expect(r.kind === 'deadlock' && r.blocked.map((b) => [b.task.name, b.reason, b.since])).toEqual([['t', 'forever', 4]]);
  });

  it('sleeping outside any task fails when stepped; a non-positive sleep outside a task is a no-op', () => {
    const w = new World({ seed: 1 });
    expect(() => w.sleep(5).next()).toThrow('sim: sleep called outside a task');
    expect(w.sleep(0).next()).toEqual({ value: undefined, done: true });
  });
});

describe('World.timerFor', () => {
  it('calls its target at the instant, in creation order with closure timers; a stopped one never fires', () => {
    const w = new World({ seed: 1 });
    const order: string[] = [];
    const target = (name: string) => ({ timerFired: () => order.push(`${name}@${w.now()}`) });
    w.timerFor(10, target('a'));
    w.timer(10, () => order.push(`b@${w.now()}`));
    const c = w.timerFor(5, target('c'));
    const d = w.timerFor(7, target('d'));
    expect(d.stop()).toBe(true);
    w.spawn('t', function* () {
      yield* w.sleep(20);
    });
    w.run();
    expect(order).toEqual(['c@5', 'a@10', 'b@10']);
    expect(c.fired).toBe(true);
    expect(d.fired).toBe(false);
  });
});

