/** time: Duration (String from format/), Sleep on the virtual clock, Now/Since, After, Second... constants. */
import { basic, named, hostType, ptrTo, type RType } from '../runtime/rtype.ts';
import { durationString } from './format/duration.ts';
import { Chan, send } from '../runtime/chan.ts';
import { wrapS64 } from '../runtime/int.ts';
import { formatTime, parseDuration, timeString } from './time-format.ts';
import { errorStringT } from './fmt.ts';
import { GoPanic, withFrames } from '../runtime/panic.ts';
import type { Timer } from '../../sim/world.ts';
import type { Runtime } from '../runtime/runtime.ts';

/** durationT is time.Duration. */
export const durationT: RType = named('time', 'Duration', basic.int64);
durationT.methods.set('String', function* (_g: any, d: number) { return durationString(d); });
durationT.methods.set('Seconds', function* (_g: any, d: number) { return d / 1e9; });
durationT.methods.set('Milliseconds', function* (_g: any, d: number) { return Math.trunc(d / 1e6); });
durationT.methods.set('Minutes', function* (_g: any, d: number) { return d / 6e10; });
durationT.methods.set('Hours', function* (_g: any, d: number) { return d / 3.6e12; });
durationT.methods.set('Nanoseconds', function* (_g: any, d: number) { return d; });
durationT.methods.set('Microseconds', function* (_g: any, d: number) { return Math.trunc(d / 1e3); });
durationT.methods.set('Truncate', function* (_g: any, d: number, m: number) { return m <= 0 ? d : d - (d % m) + 0; });
durationT.methods.set('Round', function* (_g: any, d: number, m: number) {
  if (m <= 0) return d;
  let r = d % m;
  if (d < 0) { r = -r; return r + r < m ? d + r : d - m + r; }
  return r + r < m ? d - r : d + m - r;
});
durationT.methods.set('Abs', function* (_g: any, d: number) { return Math.abs(d); });
for (const [k, m] of durationT.methods) ptrTo(durationT).methods.set(k, (g: any, p: any, ...a: any[]) => m(g, p.v, ...a));

/** timeT is time.Time (shared by every run; its methods are pure). */
export const timeT: RType = hostType('time', 'Time', () => ({ ns: 0, zero: true }), (v) => ({ ns: v.ns, zero: v.zero }));
timeT.methods.set('Sub', function* (_g: any, a: { ns: number }, b: { ns: number }) { return a.ns - b.ns; });
timeT.methods.set('Add', function* (_g: any, a: { ns: number }, d: number) { return { ns: a.ns + d }; });
timeT.methods.set('Before', function* (_g: any, a: { ns: number }, b: { ns: number }) { return a.ns < b.ns; });
timeT.methods.set('After', function* (_g: any, a: { ns: number }, b: { ns: number }) { return a.ns > b.ns; });
timeT.methods.set('Equal', function* (_g: any, a: { ns: number }, b: { ns: number }) { return a.ns === b.ns; });
timeT.methods.set('IsZero', function* (_g: any, a: { zero?: boolean }) { return a.zero === true; });
timeT.methods.set('Unix', function* (_g: any, a: { ns: number }) { return 946684800 + Math.floor(a.ns / 1e9); });
timeT.methods.set('UnixMilli', function* (_g: any, a: { ns: number }) { return 946684800000 + Math.floor(a.ns / 1e6); });
timeT.methods.set('UnixNano', function* (_g: any, a: { ns: number }) { return wrapS64(946684800000000000n + BigInt(a.ns)); });
timeT.methods.set('Format', function* (_g: any, a: { ns: number }, layout: string) { return formatTime(a.ns, layout); });
timeT.methods.set('String', function* (_g: any, a: { ns: number; zero?: boolean }) { return a.zero ? '0001-01-01 00:00:00 +0000 UTC' : timeString(a.ns); });
for (const [k, m] of timeT.methods) ptrTo(timeT).methods.set(k, m);
/** timePackage builds package time for a runtime. */
export function timePackage(rt: Runtime) {
  const W = rt.world;
  // Timers follow Go 1.23: the channel is unbuffered from the program's view, and Stop/Reset drop a value not yet received.
  const timerT = hostType('time', 'Timer', () => ({ C: null, t: null }), (v) => v);
  const tickerT = hostType('time', 'Ticker', () => ({ C: null, t: null }), (v) => v);
  interface TimerObj { C: Chan | null; t: Timer | null; f?: any; period?: number }
  const deliver = (c: Chan, period: boolean) => {
    if (period) { if (c.buf.length === 0) c.buf.push({ ns: W.now() }); }
    else { c.buf.length = 0; c.buf.push({ ns: W.now() }); }
    wakeRecv(c);
  };
  const arm = (o: TimerObj, d: number) => {
    const fire = () => {
      if (o.f) { o.t = null; rt.go(null, o.f, []); return; }
      deliver(o.C!, !!o.period);
      if (o.period) o.t = W.timer(W.now() + o.period, fire);
    };
    o.t = W.timer(W.now() + Math.max(0, d), fire);
  };
  const stop = (o: TimerObj): boolean => {
    const active = o.t !== null && !o.t.fired && o.t.stop();
    o.t = null;
    const pending = o.C !== null && o.C.buf.length > 0;
    if (o.C) o.C.buf.length = 0;
    return active || (pending && !o.period);
  };
  const tp = ptrTo(timerT).methods;
  tp.set('Stop', function* (_g: any, o: TimerObj) { return stop(o); });
  tp.set('Reset', function* (_g: any, o: TimerObj, d: number) { const was = stop(o); arm(o, Number(d)); return was; });
  const kp = ptrTo(tickerT).methods;
  kp.set('Stop', function* (_g: any, o: TimerObj) { stop(o); });
  kp.set('Reset', function* (_g: any, o: TimerObj, d: number) { stop(o); o.period = Number(d); arm(o, Number(d)); });
  const newTimer = (d: number): TimerObj => { const o: TimerObj = { C: new Chan(1, () => ({ ns: 0 })), t: null }; arm(o, d); return o; };
  const newTicker = (d: number): TimerObj => {
    if (!(d > 0)) throw withFrames(new GoPanic({ t: basic.string, v: 'non-positive interval for NewTicker' }), [{ name: 'time.NewTicker', file: '/usr/lib/go-1.23/src/time/tick.go', line: 38, np: 1 }]);
    const o: TimerObj = { C: new Chan(1, () => ({ ns: 0 })), t: null, period: d };
    arm(o, d);
    return o;
  };
  const after = (d: number): Chan => {
    const c = new Chan(1, () => ({ ns: 0 }));
    W.timer(W.now() + Math.max(0, d), () => { if (c.buf.length === 0) c.buf.push({ ns: W.now() }); wakeRecv(c); });
    return c;
  };
  return {
    types: { Duration: durationT, Time: timeT, Timer: timerT, Ticker: tickerT },
    vars: {},
    funcs: {
      Sleep: function* (_g: any, d: number) { yield* W.sleep(Number(d), 'sleep'); },
      Now: () => ({ ns: W.now() }),
      Since: (_g: any, t: { ns: number }) => W.now() - t.ns,
      Until: (_g: any, t: { ns: number }) => t.ns - W.now(),
      After: (_g: any, d: number) => after(Number(d)),
      NewTimer: (_g: any, d: number) => newTimer(Number(d)),
      ParseDuration: (_g: any, str: string) => { const [d, err] = parseDuration(str); return [d, err === null ? null : { t: errorStringT, v: { s: err } }]; },
      NewTicker: (_g: any, d: number) => newTicker(Number(d)),
      Tick: (_g: any, d: number) => (d > 0 ? newTicker(Number(d)).C : null),
      AfterFunc: (_g: any, d: number, f: any) => { const o: TimerObj = { C: null, t: null, f }; arm(o, Number(d)); return o; },
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
