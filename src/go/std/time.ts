/** time: Duration (String from format/), Sleep on the virtual clock, Now/Since, Second... constants; Time's formatting and the timers are time-layout.ts and time-timers.ts. */
import { basic, named, hostType, ptrTo, type RType } from '../runtime/rtype.ts';
import { durationString } from './format/duration.ts';
import { Chan } from '../runtime/chan.ts';
import { needLate } from '../syntax/late-keys.ts';
import { TIMERS_KEY, timeHook } from './time-hook.ts';
import './time-timers.eager.ts';
import { wrapS64 } from '../runtime/int.ts';
import { formatTime, parseDuration, timeString } from './time-format.ts';
import { errorStringT } from './fmt.ts';
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
  const timerT = hostType('time', 'Timer', () => ({ C: null, t: null }), (v) => v);
  const tickerT = hostType('time', 'Ticker', () => ({ C: null, t: null }), (v) => v);
  // Timer, Ticker, After, Tick and AfterFunc are time-timers.ts (the browser's go:timers chunk)
  const timers = timeHook.timers ? timeHook.timers(rt, timerT, tickerT) : lateTimers(timerT, tickerT);
  return {
    types: { Duration: durationT, Time: timeT, Timer: timerT, Ticker: tickerT },
    vars: {},
    funcs: {
      Sleep: function* (_g: any, d: number) { yield* W.sleep(Number(d), 'sleep'); },
      Now: () => ({ ns: W.now() }),
      Since: (_g: any, t: { ns: number }) => W.now() - t.ns,
      Until: (_g: any, t: { ns: number }) => t.ns - W.now(),
      ParseDuration: (_g: any, str: string) => { const [d, err] = parseDuration(str); return [d, err === null ? null : { t: errorStringT, v: { s: err } }]; },
      ...timers,
    },
  };
}
/**
 * lateTimers stands in for time-timers.ts while the go:timers chunk is not loaded: each function and method records
 * the key (the worker loads it and runs again, so this run's output is never shown) and gives a timer that never fires.
 */
function lateTimers(timerT: RType, tickerT: RType): Record<string, (...a: any[]) => unknown> {
  const late = () => { needLate(TIMERS_KEY); return { C: new Chan(1, () => ({ ns: 0 })), t: null }; };
  for (const t of [timerT, tickerT]) for (const m of ['Stop', 'Reset']) ptrTo(t).methods.set(m, function* () { needLate(TIMERS_KEY); return false; });
  return { After: () => late().C, NewTimer: late, NewTicker: late, Tick: () => late().C, AfterFunc: late };
}
