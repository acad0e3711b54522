/** context: Go's context package as a thin layer over src/sim/context.ts (Done channels, Go error values). */
import * as sc from '../../sim/context.ts';
import type { GoError } from '../../sim/errors.ts';
import { Chan, close } from '../runtime/chan.ts';
import { anyType, hostType, mapKey, type Iface, type RType } from '../runtime/rtype.ts';
import type { Runtime } from '../runtime/runtime.ts';
import { clockNs, timeT } from './time.ts';
import { doneWith } from '../../sim/done.ts';

/** DONE_VOID is a finished call with no result: a CancelFunc never blocks, so it is no generator. */
const DONE_VOID = doneWith<void>(undefined);

/** simErrorT wraps a sim GoError (context.Canceled) as a Go error value (%T `*errors.errorString`). */
export const simErrorT: RType = hostType('errors', 'errorString', () => null);
simErrorT.str = '*errors.errorString';
simErrorT.methods.set('Error', function* (_g: unknown, e: GoError) { return e.Error(); });
const deadlineT: RType = hostType('context', 'deadlineExceededError', () => null);
deadlineT.str = 'context.deadlineExceededError';
deadlineT.methods.set('Error', function* (_g: unknown, e: GoError) { return e.Error(); });
deadlineT.methods.set('Timeout', function* () { return true; });
deadlineT.methods.set('Temporary', function* () { return true; });

/** goError turns a sim GoError into a Go error interface value (null stays nil). */
export function goError(e: GoError | null): Iface | null {
  if (e === null) return null;
  return { t: e === sc.DeadlineExceeded ? deadlineT : simErrorT, v: e };
}

// What the Go layer keeps on a sim Context (no per-run maps): its Done channel, parent and cancel cause.
const DONE = Symbol('done'), PARENT = Symbol('parent'), CAUSE = Symbol('cause');
interface GoCtx extends sc.Context { [DONE]?: Chan; [PARENT]?: sc.Context; [CAUSE]?: Iface | null; goName?: string }

/** ctxT is the dynamic type of every context value (shared by all runs). */
const ctxT: RType = hostType('context', 'ctx', () => null);
ctxT.methods.set('Err', function* (_g: unknown, c: sc.Context) { return goError(c.err()); });
ctxT.methods.set('Done', function* (_g: unknown, c: GoCtx) {
  if (c.canCancel && !c.canCancel()) return null;
  let ch = c[DONE];
  if (!ch) { const chan = (c[DONE] = new Chan(0, () => ({}))); c.onDone(() => { if (!chan.closed) close(chan); }); ch = chan; }
  return ch;
});
ctxT.methods.set('Deadline', function* (_g: unknown, c: sc.Context) {
  const d = c.deadline();
  return d === undefined ? [timeT.zero(), false] : [{ ns: d }, true];
});
ctxT.methods.set('Value', function* (_g: unknown, c: sc.Context, k: Iface | null) {
  const v = c.value(mapKey(anyType, k));
  return v === undefined ? null : v;
});
ctxT.methods.set('String', function* (_g: unknown, c: sc.Context) { return String(c); });

/** contextPackage builds package context for a runtime. */
export function contextPackage(rt: Runtime) {
  const box = (c: GoCtx, name: string): Iface => { c.goName ??= name; ctxT.str = '*context.cancelCtx'; return { t: ctxT, v: c }; };
  const unbox = (x: Iface | null): sc.Context => { if (x === null) throw new Error('internal: nil Context'); return x.v as sc.Context; };
  const cancelFn = (f: () => void) => () => { f(); return DONE_VOID; };
  const W = rt.world;
  const child = (p: sc.Context, c: GoCtx): sc.Context => { c[PARENT] = p; return c; };
  const cause = (c: GoCtx): Iface | null => {
    if (!c.err()) return null;
    let top = c;
    for (let n: GoCtx | undefined = c; n; n = n[PARENT]) if (n.isDone()) top = n;
    return CAUSE in top ? top[CAUSE]! : goError(top.err());
  };
  const withoutCancel = (p: sc.Context): sc.Context => ({
    world: W, deadline: () => undefined, err: () => null, value: (k: unknown) => p.value(k), isDone: () => false,
    onDone: () => () => {}, canCancel: () => false, toString: () => `${String(p)}.WithoutCancel`,
  } as sc.Context);
  return {
    types: {},
    vars: { Canceled: goError(sc.Canceled), DeadlineExceeded: goError(sc.DeadlineExceeded) },
    funcs: {
      Background: () => box(sc.background(W), 'context.Background'),
      TODO: () => box(sc.todo(W), 'context.TODO'),
      WithCancel: (_g: any, p: Iface | null) => { const [c, f] = sc.withCancel(unbox(p)); return [box(child(unbox(p), c), 'cancel'), cancelFn(f)]; },
      WithTimeout: (_g: any, p: Iface | null, d: number) => { const [c, f] = sc.withTimeout(unbox(p), Number(d)); return [box(child(unbox(p), c), 'timeout'), cancelFn(f)]; },
      WithDeadline: (_g: any, p: Iface | null, t: { ns: number; zero?: boolean }) => { const [c, f] = sc.withDeadline(unbox(p), clockNs(t)); return [box(child(unbox(p), c), 'deadline'), cancelFn(f)]; },
      WithValue: (_g: any, p: Iface | null, k: Iface | null, v: Iface | null) => box(child(unbox(p), sc.withValue(unbox(p), mapKey(anyType, k), v)), 'value'),
      WithCancelCause: (_g: any, p: Iface | null) => {
        const [c, f] = sc.withCancel(unbox(p));
        child(unbox(p), c);
        return [box(c, 'cancel'), function* (_g2: any, why: Iface | null) { if (!c.isDone()) (c as GoCtx)[CAUSE] = why ?? goError(sc.Canceled); f(); }];
      },
      Cause: (_g: any, c: Iface | null) => cause(unbox(c)),
      WithoutCancel: (_g: any, p: Iface | null) => box(child(unbox(p), withoutCancel(unbox(p))), 'withoutCancel'),
      AfterFunc: (_g: any, c: Iface | null, f: any) => {
        let ran = false, stopped = false;
        const unsub = unbox(c).onDone(() => { if (!stopped && !ran) { ran = true; rt.go(null, f, []); } });
        return function* () { if (ran || stopped) return false; stopped = true; unsub(); return true; };
      },
    },
  };
}
