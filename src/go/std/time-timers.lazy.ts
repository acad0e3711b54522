/**
 * time-timers.lazy: the browser worker's stand-in for time-timers.eager.ts. time's timers (Timer, Ticker, After,
 * Tick, AfterFunc) become the lazy key `go:timers`, which time-detect.ts names when a program names one of them; a
 * run that calls one without it records the key (time.ts's lateTimers), and the worker loads it and runs again.
 */
import { registerLazy } from '../lazy.ts';
import { TIMERS_KEY } from './time-hook.ts';

registerLazy(TIMERS_KEY, () => import('./time-timers.ts'));
