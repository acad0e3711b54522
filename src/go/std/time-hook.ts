/**
 * time-hook: where time.Time's formatting and time.ParseDuration (time-layout.ts, the browser's `go:timefmt` chunk)
 * install themselves when imported. time-format.ts calls through it; while it is empty the chunk is not loaded yet
 * (contract: docs/go-bundle-float.md).
 */

/** TIMEFMT_KEY is the lazy key (src/go/lazy.ts) of time.Time's Format and String and of time.ParseDuration. */
export const TIMEFMT_KEY = 'go:timefmt';

/** timeHook holds time-layout.ts's functions once that module is loaded. */
export const timeHook: {
  format?: (ns: number, layout: string) => string;
  string?: (ns: number) => string;
  parseDuration?: (s: string) => [number, string | null];
} = {};
