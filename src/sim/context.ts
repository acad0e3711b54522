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
import type { Timer, World } from './world.ts';

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
  canCancel(): boolean {
    return canCancel(this.parent);
  }
}

class CancelCtx implements Context {
  private e: GoError | null = null;
  /** cbs: the onDone callbacks, created with the first one (none once cancelled). */
  private cbs: Set<() => void> | null = null;
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
    this.unsubParent = this.parent.onDone(() => this.cancel(this.parent.err() ?? Canceled));
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
    const fn = (): void => cb();
    (this.cbs ??= new Set()).add(fn);
    return () => void this.cbs?.delete(fn);
  }
  cancel(err: GoError): void {
    if (this.e !== null) return;
    this.e = err;
    this.timer?.stop();
    this.unsubParent();
    const cbs = this.cbs;
    this.cbs = null;
    if (cbs) for (const cb of cbs) cb();
  }
}

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
    else c.timer = world.timer(at, () => c.cancel(DeadlineExceeded));
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
