/**
 * Finished "generators" for hot paths: a blocking call that did not have to block can return one of these
 * instead of a generator object. `yield*` on it yields nothing and evaluates to its value at once; calling
 * next() by hand also gives `{ value, done: true }`. No generator frame is allocated, and the shared ones
 * below allocate nothing at all.
 */
class Done<T> {
  private readonly result: IteratorReturnResult<T>;

  constructor(value: T) {
    this.result = { value, done: true };
  }

  next(): IteratorReturnResult<T> {
    return this.result;
  }

  return(value: T): IteratorReturnResult<T> {
    return { value, done: true };
  }

  throw(e: unknown): never {
    throw e;
  }

  [Symbol.iterator](): this {
    return this;
  }
}

/** doneWith is a finished blocking call that returns v (one small object; see DONE_TRUE and friends for none). */
export function doneWith<T>(v: T): Generator<unknown, T, unknown> {
  return new Done(v) as unknown as Generator<unknown, T, unknown>;
}

/** DONE_TRUE is a finished blocking call that returns true. */
export const DONE_TRUE: Generator<unknown, boolean, unknown> = doneWith(true);
/** DONE_FALSE is a finished blocking call that returns false. */
export const DONE_FALSE: Generator<unknown, boolean, unknown> = doneWith(false);
/** DONE_NULL is a finished blocking call that returns null (a nil error). */
export const DONE_NULL: Generator<unknown, null, unknown> = doneWith(null);
