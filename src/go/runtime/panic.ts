/** panic: Go panics, runtime errors with Go's text, and the non-panic ways a program ends (exit, fatal error). */
import type { Iface, RType } from './rtype.ts';

/** FuncInfo names a compiled function for tracebacks: `main.f`, `main.(*T).M`, `main.main.func1`. */
export interface FuncInfo { name: string; file: string; np?: number; fb?: number }
/** Frame is one active call: the function and the line it is executing. */
export interface Frame { fn: FuncInfo; p: number }
/** TraceLine is a snapshot of one frame for a traceback (fb: gc's frame bytes when the function makes calls). */
export interface TraceLine { name: string; file: string; line: number; np?: number; fb?: number }

/** GoPanic is a Go panic travelling up the JS stack (a plain object: no JS stack capture). */
export class GoPanic {
  trace: TraceLine[] | undefined;
  recovered = false;
  /** prev is the panic this one replaced while its deferred calls ran (printed as a chain). */
  prev: GoPanic | undefined;
  /** inner holds frames (innermost first) collected while unwinding plain functions and host code. */
  inner: TraceLine[] | undefined;
  /** GoPanic wraps the panic value (an interface value; runtime errors carry runtime.Error's type). */
  constructor(readonly value: Iface | null, readonly sigsegv = false) {}
}

/** ProgramExit ends the whole program with an exit code (os.Exit, log.Fatal, main returning). */
export class ProgramExit {
  /** ProgramExit carries the exit code. */
  constructor(readonly code: number) {}
}

/** FatalError is an unrecoverable runtime failure (`fatal error: ...`), e.g. concurrent map writes. */
export class FatalError {
  /** FatalError carries Go's message and the outcome the API reports. */
  constructor(readonly message: string, readonly outcome: 'fatal' | 'stack' | 'steps' | 'output' = 'fatal') {}
  /** inner holds frames (innermost first) collected while unwinding plain functions and host code. */
  inner: TraceLine[] | undefined;
  /** outer holds, for a stack overflow, the last 50 frames unwound after inner filled up (a ring from index `ring`). */
  outer: TraceLine[] | undefined;
  ring = 0;
}

/** runtimeErrorType is the dynamic type of runtime panics (`runtime.Error`); filled by the runtime setup. */
export const runtimeErrorHolder: { t: RType | null; boundsT: RType | null; plainT: RType | null; assertT: RType | null } = { t: null, boundsT: null, plainT: null, assertT: null };

/** RuntimeError is a runtime.Error value: its Error() text is Go's. */
export class RuntimeError {
  /** RuntimeError holds the text after `runtime error: `. */
  constructor(readonly msg: string, readonly plain = false) {}
  /** Error returns Go's full text (plain errors such as `send on closed channel` have no prefix). */
  Error(): string { return this.plain ? this.msg : 'runtime error: ' + this.msg; }
}

/** runtimePanic builds the panic for a runtime error such as `index out of range [5] with length 3`. */
export function runtimePanic(msg: string, sigsegv = false, plain = false): GoPanic {
  const h = runtimeErrorHolder;
  const t = plain ? h.plainT! : /^(index out of range|slice bounds out of range)/.test(msg) ? h.boundsT! : h.t!;
  return new GoPanic({ t, v: new RuntimeError(msg, plain) }, sigsegv);
}

/** withFrames attaches host frames (outermost first, as Go lists them bottom-up reversed) to a panic or fatal error. */
export function withFrames<E extends GoPanic | FatalError>(e: E, outerFirst: TraceLine[]): E {
  e.inner = [...outerFirst].reverse().concat(e.inner ?? []);
  return e;
}

/** indexPanic is `index out of range [i] with length n`. */
export function indexPanic(i: number | bigint, n: number): GoPanic {
  return runtimePanic(i < 0 ? `index out of range [${i}]` : `index out of range [${i}] with length ${n}`);
}
/** nilPanic is the nil pointer dereference panic. */
export function nilPanic(): GoPanic {
  return runtimePanic('invalid memory address or nil pointer dereference', true);
}
