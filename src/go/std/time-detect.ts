/**
 * time-detect: says from a program's syntax whether it may format a time.Time or parse a duration, so `prepare`
 * loads the `go:timefmt` chunk before the run (and bench:go counts it for the program). It must name the key for
 * every course program that needs it (test/go/std-format/late-parts-course.test.ts checks that by running them);
 * a program it misses still prints Go's text, through the worker's late retry (time-format.ts).
 *
 * A program may need it when it names `Format`, `ParseDuration` or `Time` (a time.Time value that may be printed
 * or encoded to JSON). It misses, for instance, `fmt.Println(time.Now())` (the late path).
 */
import type * as A from '../syntax/ast.ts';
import { TIMEFMT_KEY } from './time-hook.ts';

/** TIME_NAMES are the identifiers that name time.Time's formatting, its type, or time.ParseDuration. */
const TIME_NAMES = new Set(['Format', 'ParseDuration', 'Time']);

/** timeDetector names `go:timefmt` when the files may need it (never throws on partial, error-recovered ASTs). */
export function timeDetector(files: readonly A.File[]): string[] {
  let found = false;
  const visit = (n: unknown): void => {
    if (found || !n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    const o = n as Record<string, unknown> & { kind?: string; name?: unknown };
    if (o.kind === 'Ident') {
      if (typeof o.name === 'string' && TIME_NAMES.has(o.name)) found = true;
      return;
    }
    for (const k in o) if (k !== 'pos' && k !== 'end') visit(o[k]);
  };
  visit(files);
  return found ? [TIMEFMT_KEY] : [];
}
