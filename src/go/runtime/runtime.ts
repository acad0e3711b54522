/** runtime: the `$rt` object compiled code runs against — goroutines on a sim World, frames, defer/panic/recover,
 * budgets, output, and the program's end (exit, panic, deadlock, fatal error). */
import type { World } from '../../sim/world.ts';
import type { Rng } from '../../sim/rng.ts';
import { fromByteString } from '../std/format/utf8.ts';
import { G, formatGoroutine, snapshot, type DeferFrame } from './goroutine.ts';
import { FatalError, GoPanic, ProgramExit, nilPanic, runtimeErrorHolder, RuntimeError, type Frame, type FuncInfo, type TraceLine } from './panic.ts';
import { ALLOC, basic, errorType, hostType, ptrTo, type Iface, type RType } from './rtype.ts';
import { formatPanicValue } from './panic-print.ts';
import { stackHook } from './stack-hook.ts';
import './stack-overflow.eager.ts';
import { needLate } from '../syntax/late-keys.ts';

const PANIC_FRAME: TraceLine = { name: 'panic', file: '/usr/lib/go-1.23/src/runtime/panic.go', line: 785, np: 1 };

/** MAX_DEPTH is the Go call depth at which we report a stack overflow (below the JS generator limit). */
export const MAX_DEPTH = 2500;
const QUANTUM = 20000;

/** Outcome is how a run ended. */
export type Outcome = 'exit' | 'panic' | 'deadlock' | 'fatal' | 'steps' | 'output' | 'stack';

/** GoFunc is a compiled Go function: a generator taking the goroutine first. */
export type GoFunc = (g: G, ...args: any[]) => Generator<unknown, any, unknown>;

/** RuntimeOptions bounds a run. */
export interface RuntimeOptions { maxSteps?: number; maxOutputBytes?: number; env?: Record<string, string> }

// The dynamic types of runtime panics (each has Error and RuntimeError methods, like runtime.Error).
function runtimeErrType(str: string): ReturnType<typeof hostType> {
  const t = hostType('runtime', str, () => null);
  t.str = str;
  t.methods.set('Error', function* (_g: unknown, v: RuntimeError) { return v.Error(); });
  t.methods.set('RuntimeError', function* () { /* marker */ });
  return t;
}
runtimeErrorHolder.t = runtimeErrType('runtime.errorString');
runtimeErrorHolder.boundsT = runtimeErrType('runtime.boundsError');
runtimeErrorHolder.plainT = runtimeErrType('runtime.plainError');
runtimeErrorHolder.assertT = runtimeErrType('*runtime.TypeAssertionError');

/** Runtime is one program run's runtime state. */
export class Runtime {
  readonly world: World;
  readonly rng: Rng;
  /** q is the preemption countdown decremented by compiled code at calls and loop back-edges. */
  q = QUANTUM;
  steps = 0;
  readonly maxSteps: number;
  readonly maxOutput: number;
  outBytes = 0;
  stdout: string[] = [];
  stderr: string[] = [];
  /** combined records every write in order as [fd, bytes]. */
  exited: { code: number; outcome: Outcome } | null = null;
  readonly gs: G[] = [];
  nextG = 1;
  env: Record<string, string>;
  /** pkgs holds the standard-library packages by import path. */
  pkgs: Record<string, any> = {};
  /** built lists the standard packages the run has built (set by installStd; the stack-overflow report reads it). */
  built: () => string[] = () => [];
  /** onWrite lets a host observe output as it happens (e.g. the CLI); optional. */
  onWrite?: (fd: 1 | 2, bytes: string) => void;

  /** Runtime binds a run to a world. */
  constructor(world: World, opts: RuntimeOptions = {}) {
    this.world = world;
    this.rng = world.rng.fork('go-runtime');
    this.maxSteps = opts.maxSteps ?? 50_000_000;
    this.maxOutput = opts.maxOutputBytes ?? 1 << 20;
    this.env = opts.env ?? {};
    ALLOC.n = 0;
  }

  /** write appends Go bytes (a byte string) to stdout (1) or stderr (2), enforcing the output cap. */
  write(fd: 1 | 2, bytes: string): void {
    this.outBytes += bytes.length;
    if (this.outBytes > this.maxOutput) {
      const room = bytes.length - (this.outBytes - this.maxOutput);
      if (room > 0) (fd === 1 ? this.stdout : this.stderr).push(bytes.slice(0, room));
      throw new FatalError(`output exceeds ${this.maxOutput} bytes`, 'output');
    }
    (fd === 1 ? this.stdout : this.stderr).push(bytes);
    this.onWrite?.(fd, bytes);
  }

  /** sched is called when the preemption countdown runs out: counts steps and yields to other goroutines. */
  *sched(g: G): Generator<unknown, void, unknown> {
    this.steps += QUANTUM - this.q + (ALLOC.n >> 4);
    ALLOC.n = 0;
    this.q = QUANTUM;
    if (this.steps > this.maxSteps) {
      const f = g.fs[g.fs.length - 1];
      throw new FatalError(`program did not finish in ${this.maxSteps} steps (infinite loop?)` + (f ? ` at ${f.fn.file}:${f.p} in goroutine ${g.id}` : ''), 'steps');
    }
    yield;
  }
  /** tick is the non-yielding budget check used by plain (never-blocking) functions. */
  tick(g: G): void {
    this.steps += QUANTUM - this.q + (ALLOC.n >> 4);
    ALLOC.n = 0;
    this.q = QUANTUM;
    if (this.steps > this.maxSteps) {
      const f = g.fs[g.fs.length - 1];
      throw new FatalError(`program did not finish in ${this.maxSteps} steps (infinite loop?)` + (f ? ` at ${f.fn.file}:${f.p} in goroutine ${g.id}` : ''), 'steps');
    }
  }

  /** overflow reports Go's stack overflow. */
  overflow(g: G): never {
    throw new FatalError('stack overflow', 'stack');
  }

  /** newG creates a goroutine record (the task is attached by spawn). */
  newG(parent: G | null): G {
    let created: TraceLine | null = null;
    if (parent) {
      const f = parent.fs[parent.fs.length - 1];
      if (f) created = { name: f.fn.name, file: f.fn.file, line: f.p };
    }
    const g = new G(this.nextG++, created, parent ? parent.id : 0);
    g.world = this.world;
    this.gs.push(g);
    return g;
  }

  /** unwind records a plain function's frame on a panic passing through it (and turns JS stack exhaustion into Go's). */
  unwind(e: unknown, fn: FuncInfo, line: number): unknown {
    if (e instanceof RangeError && e.message !== 'Invalid array length') e = new FatalError('stack overflow', 'stack');
    if (e instanceof GoPanic || e instanceof FatalError) {
      const l = (e.inner ??= []);
      const t: TraceLine = { name: fn.name, file: fn.file, line, np: fn.np, fb: fn.fb };
      if (l.length < 100) l.push(t);
      else if (e instanceof FatalError && e.outcome === 'stack') {
        // a stack overflow's report also shows the outermost frames: keep the last 50 unwound
        const o = (e.outer ??= []);
        if (o.length < 50) o.push(t);
        else { o[e.ring] = t; e.ring = (e.ring + 1) % 50; }
      }
    }
    return e;
  }

  /** trace is the full traceback of an error: frames collected while unwinding, then g's frame stack. */
  trace(g: G, e: GoPanic | FatalError): TraceLine[] {
    return [...(e.inner ?? []), ...snapshot(g.fs)];
  }

  /** go starts fn(args) in a new goroutine (the `go` statement); creator/line name the go statement. */
  go(parent: G | null, fn: GoFunc, args: any[], creator?: FuncInfo | null, line?: number, name = 'goroutine'): G {
    const g = this.newG(parent);
    if (creator && line !== undefined) (g as { createdBy: TraceLine | null }).createdBy = { name: creator.name, file: creator.file, line };
    const entry = new GoroutineEntry(this, g, fn, args);
    g.task = this.world.spawn(name, () => entry as unknown as Generator<unknown, void, unknown>, { data: g });
    return g;
  }

  /** goMain starts the main goroutine: package initialisation, then main (if any); the program exits 0 when it returns. */
  goMain(init: GoFunc, main: GoFunc | null): G {
    const g = this.newG(null);
    const entry = new GoroutineEntry(this, g, init, [], main, true);
    g.task = this.world.spawn('main', () => entry as unknown as Generator<unknown, void, unknown>, { data: g });
    return g;
  }

  /** crash ends the program because of an error escaping a goroutine. */
  crash(g: G, e: unknown): void {
    if (this.exited) return;
    if (e instanceof ProgramExit) { this.exited = { code: e.code, outcome: 'exit' }; return; }
    if (e instanceof RangeError && e.message !== 'Invalid array length') e = new FatalError('stack overflow', 'stack');
    if (e instanceof FatalError) {
      if (e.outcome === 'stack') {
        this.exited = { code: 2, outcome: 'stack' };
        // without the go:stack chunk the run's stderr is not shown: the browser worker loads it and runs again
        if (stackHook.report) this.write(2, stackHook.report(this, g, e));
        else { needLate('go:stack'); this.write(2, 'fatal error: stack overflow\n'); }
      } else if (e.outcome === 'steps' || e.outcome === 'output') {
        this.exited = { code: 2, outcome: e.outcome };
        try { this.write(2, `\n${e.message}\n`); } catch { /* over the cap already */ }
      } else {
        this.write(2, `fatal error: ${e.message}\n\n` + formatGoroutine(g, 'running', this.trace(g, e)));
        this.exited = { code: 2, outcome: 'fatal' };
      }
      return;
    }
    if (e instanceof GoPanic) {
      const trace = e.trace ?? this.trace(g, e);
      let text = '';
      const chain: GoPanic[] = [];
      for (let p: GoPanic | undefined = e; p; p = p.prev) chain.unshift(p);
      chain.forEach((p, i) => {
        text += (i === 0 ? 'panic: ' : '\tpanic: ') + formatPanicValue(g, p.value).replace(/\n/g, '\n\t') + (p.recovered ? ' [recovered]' : '') + '\n';
      });
      if (chain.some((p) => p.sigsegv)) text += '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n';
      this.write(2, text + '\n' + formatGoroutine(g, 'running', trace));
      this.exited = { code: 2, outcome: 'panic' };
      return;
    }
    throw e;
  }

  /** caught records a panic arriving at a frame with deferred calls (converting JS failures to Go's). */
  caught(g: G, f: DeferFrame, d: number, e: unknown): void {
    const p = this.toPanic(e);
    if (!p.trace) p.trace = this.trace(g, p);
    g.fs.length = d;
    f.pn = p;
  }

  /** toPanic converts an exception to a GoPanic, or rethrows it (exits, fatal errors, internal bugs). */
  toPanic(e: unknown): GoPanic {
    if (e instanceof GoPanic) return e;
    if (e instanceof RangeError && e.message !== 'Invalid array length') throw new FatalError('stack overflow', 'stack');
    throw e;
  }

  /**
   * runDefers runs a frame's deferred calls in LIFO order and re-throws the panic if none recovered it; compiled
   * code delegates to what it returns (`yield* $rt.runDefers(...)`). Deferred calls that finish without blocking
   * run right here, with no generator; the first that blocks continues in deferRest.
   */
  runDefers(g: G, f: DeferFrame, d: number): Iterable<unknown> {
    const saved = g.panic, savedAt = g.recoverAt;
    while (f.d !== null && f.d.length > 0) {
      const e = f.d.pop()!;
      g.panic = f.pn;
      g.recoverAt = d + 1;
      try {
        if (e.fn === null) throw nilPanic();
        const it = e.fn(g, ...e.args);
        const r = it.next();
        if (r.done !== true) return this.deferRest(g, f, d, saved, savedAt, it, r.value);
      } catch (x) {
        this.deferFailed(g, f, d, x);
      }
      if (f.pn && f.pn.recovered) f.pn = null;
    }
    g.panic = saved;
    g.recoverAt = savedAt;
    if (f.pn) throw f.pn;
    return NO_YIELDS;
  }

  /** deferRest finishes a deferred call that blocked (it yielded `first`), then runs the frame's remaining ones. */
  private *deferRest(g: G, f: DeferFrame, d: number, saved: GoPanic | null, savedAt: number, it: Generator<unknown, any, unknown>, first: unknown): Generator<unknown, void, unknown> {
    try {
      try {
        yield first;
        yield* it;
      } catch (x) {
        this.deferFailed(g, f, d, x);
      }
      if (f.pn && f.pn.recovered) f.pn = null;
      yield* this.runDefers(g, f, d);
    } finally {
      g.panic = saved;
      g.recoverAt = savedAt;
    }
  }

  /** deferFailed records a panic out of a deferred call: it replaces the frame's panic (chained, with Go's trace). */
  private deferFailed(g: G, f: DeferFrame, d: number, x: unknown): void {
    const np = this.toPanic(x);
    if (np !== f.pn) {
      if (f.pn && !np.prev) np.prev = f.pn;
      if (!np.trace) {
        // Go shows the deferred call's frames, the runtime's panic frame, then the stack of the first panic.
        const now = this.trace(g, np);
        np.trace = f.pn?.trace ? [...now.slice(0, now.length - d), PANIC_FRAME, ...f.pn.trace] : now;
      }
    }
    g.fs.length = d;
    f.pn = np;
  }

  /** recover is the builtin, called from the function at frame depth d. */
  recover(g: G, d: number): Iface | null {
    const p = g.panic;
    if (p === null || p.recovered || d !== g.recoverAt) return null;
    p.recovered = true;
    return p.value;
  }

  /** panic is the builtin: panic(v) with v already converted to interface{}. */
  panic(v: Iface | null): never {
    if (v === null) throw new GoPanic({ t: panicNilErrorT, v: new RuntimeError('panic called with nil argument', true) });
    throw new GoPanic(v);
  }

  /** nilp throws the nil-dereference panic (used as `(p ?? $rt.nilp())`). */
  nilp(): never { throw nilPanic(); }

  /** exit ends the program now (os.Exit). */
  exit(code: number): never { throw new ProgramExit(code); }

  /** stdoutText returns what the program printed to stdout, decoded from UTF-8. */
  stdoutText(): string { return fromByteString(this.stdout.join('')); }
  /** stderrText returns what the program printed to stderr, decoded from UTF-8. */
  stderrText(): string { return fromByteString(this.stderr.join('')); }

  /** deadlockReport writes Go's `all goroutines are asleep` report. */
  deadlockReport(): void {
    let s = 'fatal error: all goroutines are asleep - deadlock!\n';
    for (const g of this.gs) {
      const t = g.task;
      if (!t || t.state === 'done' || t.state === 'failed') continue;
      let reason = t.waitReason ?? 'running';
      const mins = Math.floor((this.world.now() - (t.waitSince ?? this.world.now())) / 60e9);
      if (mins >= 1) reason += `, ${mins} minutes`;
      s += '\n' + formatGoroutine(g, reason, snapshot(g.fs));
    }
    this.write(2, s);
    this.exited = { code: 2, outcome: 'deadlock' };
  }

  /** currentFrame is the innermost frame of g (for sites). */
  currentFrame(g: G): Frame | undefined { return g.fs[g.fs.length - 1]; }
}


const FINISHED: IteratorReturnResult<undefined> = { done: true, value: undefined };
/** NO_YIELDS is what `yield*` delegates to when every deferred call finished without blocking. */
const NO_YIELDS: Iterable<unknown> & Iterator<unknown> = { [Symbol.iterator]() { return this; }, next: () => FINISHED };

/**
 * GoroutineEntry is what the world steps for a goroutine: the goroutine's function driven directly (no wrapping
 * generator, so each resume passes through one level less); an error escaping it ends the program via crash.
 */
class GoroutineEntry {
  private it: Generator<unknown, any, unknown> | null = null;
  /** then runs next in the same goroutine (main after package initialisation); exits ends the program when all return. */
  constructor(private readonly rt: Runtime, private readonly g: G, private fn: GoFunc | null, private args: any[] | null, private then: GoFunc | null = null, private readonly exits = false) {}
  next(): IteratorResult<unknown, undefined> {
    try {
      if (this.it === null) { this.it = this.fn!(this.g, ...this.args!); this.fn = null; this.args = null; }
      for (;;) {
        const r = this.it.next();
        if (r.done !== true) return r;
        if (this.then === null) break;
        this.it = this.then(this.g);
        this.then = null;
      }
      if (this.exits && !this.rt.exited) this.rt.exited = { code: 0, outcome: 'exit' };
    } catch (e) {
      this.rt.crash(this.g, e);
    }
    this.g.fs.length = 0;
    return FINISHED;
  }
}

/** panicNilBase is runtime.PanicNilError; panic(nil) panics with a *runtime.PanicNilError. */
export const panicNilBase = hostType('runtime', 'PanicNilError', () => ({}));
panicNilBase.str = 'runtime.PanicNilError';
const panicNilErrorT = ptrTo(panicNilBase);
panicNilErrorT.methods.set('Error', function* (_g: unknown, v: RuntimeError) { return v.Error(); });
panicNilErrorT.methods.set('RuntimeError', function* () { /* marker */ });

/** funcInfo builds a FuncInfo (compiled code creates one per function). */
export function funcInfo(name: string, file: string, np: number): FuncInfo { return { name, file, np }; }

void basic; void errorType;
