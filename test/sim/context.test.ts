import { describe, expect, it } from 'vitest';
import {
  background,
  Canceled,
  DeadlineExceeded,
  withCancel,
  withDeadline,
  withTimeout,
  withValue,
  canCancel,
  listenDone,
} from '../../src/sim/context.ts';
import { World } from '../../src/sim/world.ts';

describe('context', () => {
  it('background never ends and cannot be cancelled', () => {
    const w = new World({ seed: 1 });
    const bg = background(w);
    expect(bg.isDone()).toBe(false);
    expect(bg.err()).toBeNull();
    expect(bg.deadline()).toBeUndefined();
    expect(canCancel(bg)).toBe(false);
    expect(canCancel(withCancel(bg)[0])).toBe(true);
  });

  it('cancel propagates from parent to children, with Go error texts', () => {
    const w = new World({ seed: 1 });
    const [parent, cancel] = withCancel(background(w));
    const [child] = withCancel(parent);
    const [grandchild] = withTimeout(child, 1000);
    const calls: string[] = [];
    grandchild.onDone(() => calls.push('gc'));
    cancel();
    expect(parent.err()).toBe(Canceled);
    expect(child.err()).toBe(Canceled);
    expect(grandchild.err()).toBe(Canceled);
    expect(Canceled.Error()).toBe('context canceled');
    expect(calls).toEqual(['gc']);
    cancel();
    expect(calls).toEqual(['gc']);
  });

  it('cancelling a child leaves the parent alive', () => {
    const w = new World({ seed: 1 });
    const [parent] = withCancel(background(w));
    const [child, cancelChild] = withCancel(parent);
    cancelChild();
    expect(child.isDone()).toBe(true);
    expect(parent.isDone()).toBe(false);
  });

  it('a deadline fires at exactly the virtual instant', () => {
    const w = new World({ seed: 1 });
    const [ctx] = withTimeout(background(w), 250);
    let firedAt = -1;
    ctx.onDone(() => (firedAt = w.now()));
    w.spawn('t', function* () {
      yield* w.sleep(249);
      expect(ctx.isDone()).toBe(false);
      yield* w.sleep(10);
    });
    w.run();
    expect(firedAt).toBe(250);
    expect(ctx.err()).toBe(DeadlineExceeded);
    expect(ctx.err()!.Error()).toBe('context deadline exceeded');
    expect(ctx.deadline()).toBe(250);
  });

  it('a child of a done parent is done at once with the parent error', () => {
    const w = new World({ seed: 1 });
    const [parent, cancel] = withCancel(background(w));
    cancel();
    const [child] = withCancel(parent);
    const [timed] = withTimeout(parent, 1000);
    expect(child.err()).toBe(Canceled);
    expect(timed.err()).toBe(Canceled);
    let called = false;
    child.onDone(() => (called = true));
    expect(called).toBe(true);
  });

  it('withDeadline later than the parent keeps the parent deadline', () => {
    const w = new World({ seed: 1 });
    const [parent] = withDeadline(background(w), 100);
    const [child] = withDeadline(parent, 500);
    expect(child.deadline()).toBe(100);
    const [earlier] = withDeadline(parent, 40);
    expect(earlier.deadline()).toBe(40);
    w.spawn('t', function* () {
      yield* w.sleep(100);
    });
    w.run();
    expect(earlier.err()).toBe(DeadlineExceeded);
    expect(child.err()).toBe(DeadlineExceeded);
  });

  it('a deadline in the past is exceeded at once', () => {
    const w = new World({ seed: 1 });
    const [ctx] = withTimeout(background(w), 0);
    expect(ctx.err()).toBe(DeadlineExceeded);
  });

  it('cancel before the deadline stops the timer and reports context canceled', () => {
    const w = new World({ seed: 1 });
    const [ctx, cancel] = withTimeout(background(w), 100);
    cancel();
    expect(ctx.err()).toBe(Canceled);
    w.spawn('t', function* () {
      yield* w.sleep(200);
    });
    w.run();
    expect(ctx.err()).toBe(Canceled);
  });

  it('values are found along the chain and unsubscribe stops a callback', () => {
    const w = new World({ seed: 1 });
    const k1 = {};
    const k2 = {};
    const [c1, cancel] = withCancel(withValue(background(w), k1, 'one'));
    const c2 = withValue(c1, k2, 'two');
    expect(c2.value(k1)).toBe('one');
    expect(c2.value(k2)).toBe('two');
    expect(c1.value(k2)).toBeUndefined();
    let n = 0;
    const unsub = c2.onDone(() => n++);
    unsub();
    cancel();
    expect(n).toBe(0);
    expect(c2.err()).toBe(Canceled);
  });

  it('listeners and onDone callbacks run once, in subscription order; unlisten and unsubscribe drop them', () => {
    const w = new World({ seed: 1 });
    const [ctx, cancel] = withCancel(background(w));
    const log: string[] = [];
    const l1 = { ctxDone: (c: unknown) => log.push(c === ctx ? 'l1' : 'l1?') };
    const l2 = { ctxDone: () => log.push('l2') };
    const l3 = { ctxDone: () => log.push('l3') };
    expect(listenDone(ctx, l1)).toBe(true);
    ctx.onDone(() => log.push('cb'));
    listenDone(ctx, l2);
    const unsub = ctx.onDone(() => log.push('dropped'));
    listenDone(ctx, l3);
    ctx.unlisten!(l2);
    unsub();
    cancel();
    cancel();
    expect(log).toEqual(['l1', 'cb', 'l3']);
    const late: string[] = [];
    listenDone(ctx, { ctxDone: () => late.push('at once') });
    expect(late).toEqual(['at once']);
  });

  it('a listener on a value context over a cancel context hears the cancel; on background it never fires', () => {
    const w = new World({ seed: 1 });
    const [ctx, cancel] = withCancel(background(w));
    const v = withValue(ctx, 'k', 1);
    let n = 0;
    expect(listenDone(v, { ctxDone: () => n++ })).toBe(true);
    expect(listenDone(background(w), { ctxDone: () => n++ })).toBe(true);
    cancel();
    expect(n).toBe(1);
  });

  it('a cancelled child stops listening to its parent: the parent ending later does not touch it', () => {
    const w = new World({ seed: 1 });
    const [parent, cancelParent] = withCancel(background(w));
    const [child, cancelChild] = withCancel(parent);
    const [sibling] = withCancel(parent);
    const order: string[] = [];
    child.onDone(() => order.push(`child:${child.err()?.Error()}`));
    sibling.onDone(() => order.push(`sibling:${sibling.err()?.Error()}`));
    cancelChild();
    cancelParent();
    expect(order).toEqual(['child:context canceled', 'sibling:context canceled']);
  });

  it('many watchers on one context (past the small-array limit) still run once each, in order, minus the dropped ones', () => {
    const w = new World({ seed: 1 });
    const [ctx, cancel] = withCancel(background(w));
    const log: number[] = [];
    const drops: (() => void)[] = [];
    const listeners = Array.from({ length: 40 }, (_, i) => ({ ctxDone: () => log.push(i) }));
    listeners.forEach((l, i) => {
      if (i % 2 === 0) listenDone(ctx, l);
      else drops.push(ctx.onDone(() => log.push(i)));
    });
    for (let i = 0; i < 40; i += 10) ctx.unlisten!(listeners[i]!);
    drops[3]!(); // the onDone of 7
    cancel();
    const want = Array.from({ length: 40 }, (_, i) => i).filter((i) => i % 10 !== 0 && i !== 7);
    expect(log).toEqual(want);
  });
});

