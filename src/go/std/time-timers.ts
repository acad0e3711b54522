/**
 * time-timers: time.Timer and time.Ticker with their Stop and Reset, time.After, time.Tick and time.AfterFunc, on the
 * run's virtual clock. Installs itself on time-hook.ts when imported: under Node at once (time-timers.eager.ts); in
 * the browser as the `go:timers` chunk, loaded when a program names one of them (time-detect.ts) or after a run
 * that called one (time.ts's lateTimers).
 */
import { Chan } from '../runtime/chan.ts';
import { GoPanic, withFrames } from '../runtime/panic.ts';
import { basic, ptrTo, type RType } from '../runtime/rtype.ts';
import type { Runtime } from '../runtime/runtime.ts';
import type { Timer } from '../../sim/world.ts';
import { timeHook } from './time-hook.ts';

/** makeTimers gives a run's time.After, NewTimer, NewTicker, Tick and AfterFunc, and sets Stop and Reset on its *Timer and *Ticker. */
export function makeTimers(rt: Runtime, timerT: RType, tickerT: RType): Record<string, (...a: any[]) => unknown> {
  const W = rt.world;
  // Timers follow Go 1.23: the channel is unbuffered from the program's view, and Stop/Reset drop a value not yet received.
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
    After: (_g: any, d: number) => after(Number(d)),
    NewTimer: (_g: any, d: number) => newTimer(Number(d)),
    NewTicker: (_g: any, d: number) => newTicker(Number(d)),
    Tick: (_g: any, d: number) => (d > 0 ? newTicker(Number(d)).C : null),
    AfterFunc: (_g: any, d: number, f: any) => { const o: TimerObj = { C: null, t: null, f }; arm(o, Number(d)); return o; },
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
timeHook.timers = makeTimers;
