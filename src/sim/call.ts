/**
 * Call is a blocking call written as a state machine instead of a generator, for the hottest paths (a
 * database/sql query, a wait for a pooled conn): one small object per call instead of a generator object with
 * its whole register file, and a park that allocates nothing. Callers cannot tell the difference: it is a
 * `yield*` target like any generator (`const r = yield* db.queryContext(...)`), lazy (nothing runs before the
 * first next()), and it forwards next/throw/return to the generator it hands over to, as `yield*` would.
 *
 * A subclass writes `run(input)`, called on the first next() and on every resume, which returns:
 * - PARKED after `w.parkNow()` gave a token: the task parks (next() returns PARK_STEP); run is called again
 *   when it is woken, with input undefined;
 * - DELEGATE after `this.delegate(g)`: the rest is up to generator g, whose yields go up as they are; run is
 *   called again with g's return value as input;
 * - FINISHED after `this.finish(v)`: the call returns v.
 */
import { PARK_STEP } from './world.ts';

/** RunStep is what Call.run returns (see Call). */
export type RunStep = 0 | 1 | 2;
/** PARKED: run parked its task (see Call). */
export const PARKED: RunStep = 0;
/** DELEGATE: run handed over to a generator with delegate() (see Call). */
export const DELEGATE: RunStep = 1;
/** FINISHED: run ended the call with finish() (see Call). */
export const FINISHED: RunStep = 2;

/** Call is a hand-written `yield*` target returning T (see the module comment). */
export abstract class Call<T> {
  private sub: Iterator<unknown, unknown, unknown> | null = null;
  private result: T | undefined = undefined;
  private ended = false;

  /** run advances the call; input is the return value of the generator it delegated to last (else undefined). */
  protected abstract run(input: unknown): RunStep;

  /** delegate hands the rest of the call (for now) to g: `this.delegate(g); return DELEGATE;`. */
  protected delegate(g: Iterator<unknown, unknown, unknown>): RunStep {
    this.sub = g;
    return DELEGATE;
  }

  /** finish ends the call with v: `return this.finish(v);`. */
  protected finish(v: T): RunStep {
    this.result = v;
    return FINISHED;
  }

  next(v?: unknown): IteratorResult<unknown, T> {
    if (this.ended) return { value: undefined as T, done: true };
    const sub = this.sub;
    if (sub !== null) {
      const r = sub.next(v);
      if (r.done !== true) return r;
      this.sub = null;
      return this.loop(r.value);
    }
    return this.loop(undefined);
  }

  throw(e: unknown): IteratorResult<unknown, T> {
    const sub = this.sub;
    if (sub !== null && !this.ended) {
      if (!sub.throw) {
        this.sub = null;
        this.ended = true;
        throw e;
      }
      const r = sub.throw(e);
      if (r.done !== true) return r;
      this.sub = null;
      return this.loop(r.value);
    }
    this.ended = true;
    throw e;
  }

  return(v: T): IteratorResult<unknown, T> {
    const sub = this.sub;
    if (sub !== null && !this.ended && sub.return) {
      const r = sub.return(v);
      if (r.done !== true) return r;
      v = r.value as T;
    }
    this.sub = null;
    this.ended = true;
    return { value: v, done: true };
  }

  [Symbol.iterator](): this {
    return this;
  }

  private loop(input: unknown): IteratorResult<unknown, T> {
    for (;;) {
      const s = this.run(input);
      if (s === PARKED) return PARK_STEP;
      if (s === FINISHED) {
        this.ended = true;
        const v = this.result as T;
        this.result = undefined;
        return { value: v, done: true };
      }
      const r = this.sub!.next(undefined);
      if (r.done !== true) return r;
      this.sub = null;
      input = r.value;
    }
  }

  /** asGenerator types this call as the generator it stands in for. */
  asGenerator(): Generator<unknown, T, unknown> {
    return this as unknown as Generator<unknown, T, unknown>;
  }
}
