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

/**
 * TimeValue is a time.Time: nanoseconds since 2000-01-01 UTC (the virtual clock's epoch), or, when `zero` is set,
 * since 0001-01-01 UTC: the zero Time and times computed from it, which no virtual clock reading can reach (they
 * are 2000 years apart, beyond a Duration, so between the two kinds Sub saturates as Go's does).
 */
export interface TimeValue { ns: number; zero?: boolean }
/** Y1_UNIX_S is 0001-01-01 00:00:00 UTC in Unix seconds; EPOCH_UNIX_S is 2000-01-01. */
const Y1_UNIX_S = -62135596800;
const EPOCH_UNIX_S = 946684800;
const MAX_DURATION = wrapS64((1n << 63n) - 1n);
const MIN_DURATION = wrapS64(-(1n << 63n));
/** cmpTime orders two times (−1, 0, 1): a time counted from year 1 is before any virtual clock reading. */
function cmpTime(a: TimeValue, b: TimeValue): number {
  if (!a.zero !== !b.zero) return a.zero ? -1 : 1;
  return a.ns < b.ns ? -1 : a.ns > b.ns ? 1 : 0;
}
/** subTime is Time.Sub: a − b, saturated to Go's min and max Duration when it does not fit. */
function subTime(a: TimeValue, b: TimeValue): number | bigint {
  if (!a.zero === !b.zero) return a.ns - b.ns;
  return a.zero ? MIN_DURATION : MAX_DURATION;
}
/** Y1_TO_EPOCH_NS is 0001-01-01 → 2000-01-01 in nanoseconds (exact as a float64: 2^16 times an odd below 2^53). */
const Y1_TO_EPOCH_NS = (EPOCH_UNIX_S - Y1_UNIX_S) * 1e9;
/** clockNs is a time as a virtual clock reading (ns since 2000-01-01): a time counted from year 1 is far in the past. */
export function clockNs(t: TimeValue): number {
  return t.zero ? t.ns - Y1_TO_EPOCH_NS : t.ns;
}
const unixSeconds = (a: TimeValue): number => (a.zero ? Y1_UNIX_S : EPOCH_UNIX_S) + Math.floor(a.ns / 1e9);

/** timeT is time.Time (shared by every run; its methods are pure). */
export const timeT: RType = hostType('time', 'Time', () => ({ ns: 0, zero: true }), (v) => ({ ns: v.ns, zero: v.zero }));
timeT.methods.set('Sub', function* (_g: any, a: TimeValue, b: TimeValue) { return subTime(a, b); });
timeT.methods.set('Add', function* (_g: any, a: TimeValue, d: number | bigint) { return { ns: a.ns + Number(d), zero: a.zero }; });
timeT.methods.set('Before', function* (_g: any, a: TimeValue, b: TimeValue) { return cmpTime(a, b) < 0; });
timeT.methods.set('After', function* (_g: any, a: TimeValue, b: TimeValue) { return cmpTime(a, b) > 0; });
timeT.methods.set('Equal', function* (_g: any, a: TimeValue, b: TimeValue) { return cmpTime(a, b) === 0; });
timeT.methods.set('IsZero', function* (_g: any, a: TimeValue) { return a.zero === true && a.ns === 0; });
timeT.methods.set('Unix', function* (_g: any, a: TimeValue) { return unixSeconds(a); });
timeT.methods.set('UnixMilli', function* (_g: any, a: TimeValue) { return (a.zero ? Y1_UNIX_S : EPOCH_UNIX_S) * 1000 + Math.floor(a.ns / 1e6); });
timeT.methods.set('UnixNano', function* (_g: any, a: TimeValue) { return wrapS64(BigInt(a.zero ? Y1_UNIX_S : EPOCH_UNIX_S) * 1000000000n + BigInt(a.ns)); });
timeT.methods.set('Format', function* (_g: any, a: TimeValue, layout: string) { return formatTime(a.ns, layout, a.zero === true); });
timeT.methods.set('String', function* (_g: any, a: TimeValue) { return a.zero && a.ns === 0 ? '0001-01-01 00:00:00 +0000 UTC' : timeString(a.ns, a.zero === true); });
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
      Since: (_g: any, t: TimeValue) => subTime({ ns: W.now() }, t),
      Until: (_g: any, t: TimeValue) => subTime(t, { ns: W.now() }),
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
