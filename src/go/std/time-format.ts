/**
 * time-format: time.Time's Format and String and time.ParseDuration, as package time and encoding/json call them.
 * The work is time-layout.ts, which the browser loads as the `go:timefmt` chunk (src/go/lazy.ts): `prepare` loads it
 * for a program whose syntax suggests it (time-detect.ts); a run that needs it without it records the late key
 * (src/go/syntax/late-keys.ts) and gets a placeholder, and the worker loads the chunk and runs again, so the
 * placeholder is never shown. Under Node time-layout.ts loads at once (time-layout.eager.ts).
 */
import { needLate } from '../syntax/late-keys.ts';
import { TIMEFMT_KEY, timeHook } from './time-hook.ts';
import './time-layout.eager.ts';

/** TIME_PLACEHOLDER is what a time prints as before `go:timefmt` is loaded (the run is then done again). */
export const TIME_PLACEHOLDER = '%!(go:timefmt)';

/** formatTime formats virtual nanoseconds since 2000-01-01 UTC (since 0001-01-01 when `y1`: see time.ts) with a Go layout string. */
export function formatTime(ns: number, layout: string, y1 = false): string {
  if (timeHook.format) return timeHook.format(ns, layout, y1);
  needLate(TIMEFMT_KEY);
  return TIME_PLACEHOLDER;
}

/** timeString is Time.String for a UTC time (`y1`: ns count from 0001-01-01). */
export function timeString(ns: number, y1 = false): string {
  if (timeHook.string) return timeHook.string(ns, y1);
  needLate(TIMEFMT_KEY);
  return TIME_PLACEHOLDER;
}

/** parseDuration is time.ParseDuration: [-+]?([0-9]*(\.[0-9]*)?[a-z]+)+ with Go's error text. */
export function parseDuration(s: string): [number, string | null] {
  if (timeHook.parseDuration) return timeHook.parseDuration(s);
  needLate(TIMEFMT_KEY);
  return [0, TIME_PLACEHOLDER];
}
