/**
 * The behaviour of a harness callback (an ArgValue of kind 'callback') within one call: which
 * invocation returns normally, panics or fails. The Go engine wraps it as a Go func value; the error a
 * failing callback returns is one sentinel per callback, so errors.Is(err, it) is the `callback` tag.
 */
import { newError, type GoError } from '../sim/errors.ts';
import type { ArgValue, Scalar } from './call-plan.ts';

/** CallbackOutcome is what one invocation does. */
export type CallbackOutcome =
  | { kind: 'return'; value: Scalar | undefined; ok?: boolean }
  | { kind: 'panic'; value: string }
  | { kind: 'error'; err: GoError };

/** Callback is one callback value for one call: it counts its invocations. */
export class Callback {
  /** err is the callback's own error value (what errors.Is matches for the `callback` tag). */
  readonly err: GoError;
  private n = 0;

  constructor(private readonly spec: Extract<ArgValue, { kind: 'callback' }>) {
    this.err = newError(spec.message);
  }

  /** invocations is how many times the callback was called. */
  get invocations(): number {
    return this.n;
  }

  /** invoke decides the outcome of the next invocation, given its arguments. */
  invoke(args: Scalar[]): CallbackOutcome {
    this.n++;
    if (this.spec.panicOnItem === this.n) return { kind: 'panic', value: this.spec.message };
    if (this.spec.failOnItem === this.n) return { kind: 'error', err: this.err };
    if (this.spec.trueFor !== undefined) return { kind: 'return', value: undefined, ok: args[0] === this.spec.trueFor };
    return { kind: 'return', value: this.spec.returns === 'echo' ? args[0] : undefined };
  }
}
