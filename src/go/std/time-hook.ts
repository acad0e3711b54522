/**
 * time-hook: where time.Time's formatting and time.ParseDuration (time-layout.ts, the browser's `go:timefmt` chunk)
 * and time's timers (time-timers.ts, `go:timers`) install themselves when imported. time-format.ts and time.ts call
 * through it; while a function is missing its chunk is not loaded yet (contract: docs/go-bundle-float.md).
 */
import type { RType } from '../runtime/rtype.ts';
import type { Runtime } from '../runtime/runtime.ts';

/** TIMEFMT_KEY is the lazy key (src/go/lazy.ts) of time.Time's Format and String and of time.ParseDuration. */
export const TIMEFMT_KEY = 'go:timefmt';
/** TIMERS_KEY is the lazy key of time's timers: Timer, Ticker, After, Tick, AfterFunc (time-timers.ts). */
export const TIMERS_KEY = 'go:timers';

/** timeHook holds time-layout.ts's functions once that module is loaded. */
export const timeHook: {
  format?: (ns: number, layout: string, y1?: boolean) => string;
  string?: (ns: number, y1?: boolean) => string;
  parseDuration?: (s: string) => [number, string | null];
  timers?: (rt: Runtime, timerT: RType, tickerT: RType) => Record<string, (...a: any[]) => unknown>;
} = {};
