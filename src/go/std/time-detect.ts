/**
 * time-detect: says from a program's syntax whether it may format a time.Time or parse a duration (`go:timefmt`),
 * or use time's timers (`go:timers`), so `prepare` loads those chunks before the run (and bench:go counts them for
 * the program). It must name a key for every course program that needs it
 * (test/go/std-format/late-parts-course.test.ts checks that by running them); a program it misses still gets Go's
 * output, through the worker's late retry (time-format.ts, time.ts).
 *
 * A program may need `go:timefmt` when it names `Format`, `ParseDuration` or `Time` (a time.Time value that may be
 * printed or encoded to JSON); it misses, for instance, `fmt.Println(time.Now())` (the late path). It needs
 * `go:timers` only when it names `After`, `AfterFunc`, `NewTimer`, `NewTicker`, `Tick`, `Timer` or `Ticker`: Go code
 * reaches them only by name.
 */
import type * as A from '../syntax/ast.ts';
import { TIMEFMT_KEY, TIMERS_KEY } from './time-hook.ts';

/** TIME_NAMES are the identifiers that name time.Time's formatting, its type, or time.ParseDuration. */
const TIME_NAMES = new Set(['Format', 'ParseDuration', 'Time']);
/** TIMER_NAMES are the identifiers that name time's timers (and, harmlessly, Time.After and context.AfterFunc). */
const TIMER_NAMES = new Set(['After', 'AfterFunc', 'NewTimer', 'NewTicker', 'Tick', 'Timer', 'Ticker']);

/** timeDetector names `go:timefmt` and `go:timers` when the files may need them (never throws on partial, error-recovered ASTs). */
export function timeDetector(files: readonly A.File[]): string[] {
  const out = new Set<string>();
  const visit = (n: unknown): void => {
    if (out.size === 2 || !n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    const o = n as Record<string, unknown> & { kind?: string; name?: unknown };
    if (o.kind === 'Ident') {
      if (typeof o.name === 'string') {
        if (TIME_NAMES.has(o.name)) out.add(TIMEFMT_KEY);
        if (TIMER_NAMES.has(o.name)) out.add(TIMERS_KEY);
      }
      return;
    }
    for (const k in o) if (k !== 'pos' && k !== 'end') visit(o[k]);
  };
  visit(files);
  return [...out];
}
