/**
 * Go's context semantics on the virtual clock, used by the pool AND by the Go runtime's `context` package
 * (which wraps it), so cancellation behaves the same everywhere.
 *
 * Differences from Go worth knowing: there is no Done channel; `onDone(cb)` registers a callback that runs
 * synchronously when the context ends (in whatever runs the cancel: a task or a timer), and at once if it
 * has already ended. Callbacks must not block.
 */
import { newError, type GoError } from './errors.ts';
import type { Nanos } from './time.ts';
import type { Timer, TimerTarget, World } from './world.ts';

/** Context is Go's context.Context on the virtual clock. */
export interface Context {
  deadline(): Nanos | undefined;
  err(): GoError | null;
  value(key: unknown): unknown;
  isDone(): boolean;
  /** onDone runs cb once when the context ends (at once if it already has); returns an unsubscribe. */
  onDone(cb: () => void): () => void;
  /** canCancel is Go's `ctx.Done() != nil`: false for Background/TODO and values over them. */
  canCancel?(): boolean;
  /** world is the world whose clock the context runs on. */
  readonly world: World;
  /**
   * listen is onDone for an object (no closure per subscription; the hot paths of the pool and the driver):
   * l.ctxDone(this) runs once when the context ends, in order with onDone callbacks. False when this context
   * cannot take listeners: the caller falls back to onDone. Undo with unlisten.
   */
  listen?(l: DoneListener): boolean;
  /** unlisten undoes listen. */
  unlisten?(l: DoneListener): void;
}

/** DoneListener is an object told when a context it listens to ends (see Context.listen). */
export interface DoneListener {
  ctxDone(ctx: Context): void;
}

/** listenDone subscribes l to ctx's end without a closure when ctx supports it; false if it does not. */
export function listenDone(ctx: Context, l: DoneListener): boolean {
  return ctx.listen ? ctx.listen(l) : false;
}

/** Canceled is context.Canceled. */
export const Canceled: GoError = newError('context canceled');

/** DeadlineExceeded is context.DeadlineExceeded (its Timeout() is true in Go). */
export const DeadlineExceeded: GoError = Object.assign(newError('context deadline exceeded'), {
  Timeout: () => true,
  Temporary: () => true,
});

const NOOP = (): void => {};

class EmptyCtx implements Context {
  constructor(
    readonly world: World,
    private readonly name: string,
  ) {}
  deadline(): Nanos | undefined {
    return undefined;
  }
  err(): GoError | null {
    return null;
  }
  value(): unknown {
    return undefined;
  }
  isDone(): boolean {
    return false;
  }
  onDone(): () => void {
    return NOOP;
  }
  listen(): boolean {
    return true;
  }
  unlisten(): void {}
  canCancel(): boolean {
    return false;
  }
  toString(): string {
    return this.name;
  }
}

class ValueCtx implements Context {
  constructor(
    private readonly parent: Context,
    private readonly key: unknown,
    private readonly val: unknown,
  ) {}
  get world(): World {
    return this.parent.world;
  }
  deadline(): Nanos | undefined {
    return this.parent.deadline();
  }
  err(): GoError | null {
    return this.parent.err();
  }
  value(key: unknown): unknown {
    return key === this.key ? this.val : this.parent.value(key);
  }
  isDone(): boolean {
    return this.parent.isDone();
  }
  onDone(cb: () => void): () => void {
    return this.parent.onDone(cb);
  }
  listen(l: DoneListener): boolean {
    return listenDone(this.parent, l);
  }
  unlisten(l: DoneListener): void {
    this.parent.unlisten?.(l);
  }
  canCancel(): boolean {
    return canCancel(this.parent);
  }
}

class CancelCtx implements Context, DoneListener, TimerTarget {
  private e: GoError | null = null;
  /**
   * The onDone callbacks and listeners in subscription order (none once cancelled): the first two in s0 and
   * s1 (most contexts have one or two watchers: no array at all), from the third on all of them in subs, an
   * array that becomes a Set past SUBS_ARRAY_MAX.
   */
  private s0: Sub | null = null;
  private s1: Sub | null = null;
  private subs: Sub[] | Set<Sub> | null = null;
  private listensToParent = false;
  private unsubParent: () => void = NOOP;
  timer: Timer | undefined;

  constructor(
    private readonly parent: Context,
    private readonly dl: Nanos | undefined,
  ) {}
  get world(): World {
    return this.parent.world;
  }
  attach(): void {
    if (this.parent.isDone()) {
      this.cancel(this.parent.err() ?? Canceled);
      return;
    }
    if (this.parent instanceof EmptyCtx) return; // Background/TODO never end: nothing to watch
    if (listenDone(this.parent, this)) this.listensToParent = true;
    else this.unsubParent = this.parent.onDone(() => this.cancel(this.parent.err() ?? Canceled));
  }
  /** timerFired is the deadline passing (this context is its timer's target). */
  timerFired(): void {
    this.cancel(DeadlineExceeded);
  }
  /** ctxDone is the parent ending (this context listens to it). */
  ctxDone(): void {
    this.cancel(this.parent.err() ?? Canceled);
  }
  deadline(): Nanos | undefined {
    return this.dl ?? this.parent.deadline();
  }
  err(): GoError | null {
    return this.e;
  }
  value(key: unknown): unknown {
    return this.parent.value(key);
  }
  isDone(): boolean {
    return this.e !== null;
  }
  canCancel(): boolean {
    return true;
  }
  onDone(cb: () => void): () => void {
    if (this.e !== null) {
      cb();
      return NOOP;
    }
    // A wrapper per subscription: the same function subscribed twice runs twice, as two Go watchers would.
    const fn = (): void => cb();
    this.add(fn);
    return () => this.remove(fn);
  }
  listen(l: DoneListener): boolean {
    if (this.e !== null) l.ctxDone(this);
    else this.add(l);
    return true;
  }
  unlisten(l: DoneListener): void {
    this.remove(l);
  }
  private add(sub: Sub): void {
    const subs = this.subs;
    if (subs === null) {
      if (this.s0 === null) this.s0 = sub;
      else if (this.s1 === null) this.s1 = sub;
      else {
        this.subs = [this.s0, this.s1, sub];
        this.s0 = null;
        this.s1 = null;
      }
    } else if (Array.isArray(subs)) {
      subs.push(sub);
      if (subs.length > SUBS_ARRAY_MAX) this.subs = new Set(subs);
    } else subs.add(sub);
  }
  private remove(sub: Sub): void {
    const subs = this.subs;
    if (subs === null) {
      if (this.s0 === sub) {
        this.s0 = this.s1;
        this.s1 = null;
      } else if (this.s1 === sub) this.s1 = null;
      return;
    }
    if (Array.isArray(subs)) {
      const i = subs.indexOf(sub);
      if (i < 0) return;
      // Shift down by hand: splice would allocate the array of removed elements.
      for (let k = i + 1; k < subs.length; k++) subs[k - 1] = subs[k]!;
      subs.pop();
    } else subs.delete(sub);
  }
  cancel(err: GoError): void {
    if (this.e !== null) return;
    this.e = err;
    this.timer?.stop();
    if (this.listensToParent) {
      this.listensToParent = false;
      this.parent.unlisten?.(this);
    } else this.unsubParent();
    const s0 = this.s0;
    const s1 = this.s1;
    const subs = this.subs;
    this.s0 = null;
    this.s1 = null;
    this.subs = null;
    if (s0 !== null) typeof s0 === 'function' ? s0() : s0.ctxDone(this);
    if (s1 !== null) typeof s1 === 'function' ? s1() : s1.ctxDone(this);
    if (subs) for (const sub of subs) typeof sub === 'function' ? sub() : sub.ctxDone(this);
  }
}

type Sub = (() => void) | DoneListener;
const SUBS_ARRAY_MAX = 16;

/** canCancel reports whether ctx can ever end (Go's `ctx.Done() != nil`). */
export function canCancel(ctx: Context): boolean {
  return ctx.canCancel ? ctx.canCancel() : true;
}

/** background is context.Background() on this world's clock. */
export function background(world: World): Context {
  return new EmptyCtx(world, 'context.Background');
}

/** todo is context.TODO() on this world's clock. */
export function todo(world: World): Context {
  return new EmptyCtx(world, 'context.TODO');
}

/** withCancel is context.WithCancel: the child ends when cancel() is called or the parent ends. */
export function withCancel(parent: Context): [Context, () => void] {
  const c = new CancelCtx(parent, undefined);
  c.attach();
  return [c, () => c.cancel(Canceled)];
}

/** withDeadline is context.WithDeadline; a deadline later than the parent's keeps the parent's. */
export function withDeadline(parent: Context, at: Nanos): [Context, () => void] {
  const pd = parent.deadline();
  if (pd !== undefined && pd <= at) return withCancel(parent);
  const c = new CancelCtx(parent, at);
  c.attach();
  if (!c.isDone()) {
    const world = parent.world;
    if (at <= world.now()) c.cancel(DeadlineExceeded);
    else c.timer = world.timerFor(at, c);
  }
  return [c, () => c.cancel(Canceled)];
}

/** withTimeout is context.WithTimeout: withDeadline(parent, now + d). */
export function withTimeout(parent: Context, d: Nanos): [Context, () => void] {
  return withDeadline(parent, parent.world.now() + d);
}

/** withValue is context.WithValue. */
export function withValue(parent: Context, key: unknown, val: unknown): Context {
  return new ValueCtx(parent, key, val);
}
