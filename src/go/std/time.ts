/** time: Duration (String from format/), Sleep on the virtual clock, Now/Since, After, Second... constants. */
import { basic, named, hostType, ptrTo, type RType } from '../runtime/rtype.ts';
import { durationString } from './format/duration.ts';
import { Chan, send } from '../runtime/chan.ts';
import type { Runtime } from '../runtime/runtime.ts';

/** durationT is time.Duration. */
export const durationT: RType = named('time', 'Duration', basic.int64);
durationT.methods.set('String', function* (_g: any, d: number) { return durationString(d); });
durationT.methods.set('Seconds', function* (_g: any, d: number) { return d / 1e9; });
durationT.methods.set('Milliseconds', function* (_g: any, d: number) { return Math.trunc(d / 1e6); });
durationT.methods.set('Minutes', function* (_g: any, d: number) { return d / 6e10; });
durationT.methods.set('Hours', function* (_g: any, d: number) { return d / 3.6e12; });
for (const [k, m] of durationT.methods) ptrTo(durationT).methods.set(k, (g: any, p: any, ...a: any[]) => m(g, p.v, ...a));

/** timePackage builds package time for a runtime. */
export function timePackage(rt: Runtime) {
  const W = rt.world;
  const timeT = hostType('time', 'Time', () => ({ ns: 0 }), (v) => ({ ns: v.ns }));
  timeT.methods.set('Sub', function* (_g: any, a: { ns: number }, b: { ns: number }) { return a.ns - b.ns; });
  timeT.methods.set('Add', function* (_g: any, a: { ns: number }, d: number) { return { ns: a.ns + d }; });
  timeT.methods.set('Before', function* (_g: any, a: { ns: number }, b: { ns: number }) { return a.ns < b.ns; });
  timeT.methods.set('After', function* (_g: any, a: { ns: number }, b: { ns: number }) { return a.ns > b.ns; });
  timeT.methods.set('Equal', function* (_g: any, a: { ns: number }, b: { ns: number }) { return a.ns === b.ns; });
  timeT.methods.set('IsZero', function* (_g: any, a: { ns: number }) { return a.ns === -1; });
  const after = (d: number): Chan => {
    const c = new Chan(1, () => ({ ns: 0 }));
    W.timer(W.now() + Math.max(0, d), () => { if (c.buf.length === 0) c.buf.push({ ns: W.now() }); wakeRecv(c); });
    return c;
  };
  return {
    types: { Duration: durationT, Time: timeT },
    vars: {},
    funcs: {
      Sleep: function* (_g: any, d: number) { yield* W.sleep(Number(d), 'sleep'); },
      Now: () => ({ ns: W.now() }),
      Since: (_g: any, t: { ns: number }) => W.now() - t.ns,
      Until: (_g: any, t: { ns: number }) => t.ns - W.now(),
      After: (_g: any, d: number) => after(Number(d)),
    },
  };
}
/** wakeRecv hands a buffered timer value to a parked receiver. */
function wakeRecv(c: Chan): void {
  while (c.recvq.length > 0 && c.buf.length > 0) {
    const r = c.recvq.shift()!;
    const v = c.buf[0];
    if (r.w.wake(r.sel === undefined ? [v, true] : { i: r.sel, v, ok: true })) c.buf.shift();
  }
}
void send;
