/**
 * float-detect: says from a program's syntax whether it may format a float, so `prepare` loads the `go:float`
 * chunk before the run (and bench:go counts it for the program). It must name the key for every course program
 * that formats a float (test/go/std-format/late-parts-course.test.ts checks that by running them); a program it misses
 * still prints Go's text, through the worker's late retry (float.ts).
 *
 * A program may format a float when it has a float or imaginary literal; names a float or complex type or a
 * function with Float in its name (float64, strconv.FormatFloat, sql.NullFloat64, rand.Float64, expvar.NewFloat);
 * calls a Duration's Seconds, Minutes or Hours, or real/imag; imports math; or has a %e %E %f %F %g %G verb in a
 * string literal. It misses, for instance, a DOUBLE column scanned into an `any` and printed with %v (the late path).
 */
import type * as A from '../../syntax/ast.ts';
import { importPath } from '../../lazy.ts';
import { FLOAT_KEY } from './float-hook.ts';

/** FLOAT_NAMES are identifiers (types, methods, built-ins) that give or take floats, matched exactly. */
const FLOAT_NAMES = new Set(['Seconds', 'Minutes', 'Hours', 'real', 'imag']);
/** FLOAT_NAME matches identifiers naming a float or complex type, or a function with Float in its name. */
const FLOAT_NAME = /float|complex/i;
/** FLOAT_VERB matches `%%` or a fmt verb that only floats take (flags, width, precision and argument indexes allowed). */
const FLOAT_VERB = /%%|%[-+# 0]*(?:\[\d+\])?(?:\d+|\*)?(?:\.(?:\[\d+\])?(?:\d+|\*)?)?(?:\[\d+\])?[eEfFgG]/g;

/** hasFloatVerb says whether a string literal's text has a float verb (`%%f` is a percent sign and an f). */
const hasFloatVerb = (text: string): boolean => [...text.matchAll(FLOAT_VERB)].some((m) => m[0] !== '%%');

/** floatDetector names `go:float` when the files may format a float (never throws on partial, error-recovered ASTs). */
export function floatDetector(files: readonly A.File[]): string[] {
  for (const f of files) for (const s of f.imports ?? []) if (s.path && importPath(s.path) === 'math') return [FLOAT_KEY];
  let found = false;
  const visit = (n: unknown): void => {
    if (found || !n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    const o = n as Record<string, unknown> & { kind?: string };
    switch (o.kind) {
      case 'BasicLit': {
        const lit = o as unknown as A.BasicLit;
        if (lit.litKind === 'float' || lit.litKind === 'imag' || (lit.litKind === 'string' && hasFloatVerb(lit.value))) found = true;
        return;
      }
      case 'Ident': {
        const name = (o as unknown as A.Ident).name;
        if (FLOAT_NAMES.has(name) || FLOAT_NAME.test(name)) found = true;
        return;
      }
    }
    for (const k in o) if (k !== 'pos' && k !== 'end') visit(o[k]);
  };
  visit(files);
  return found ? [FLOAT_KEY] : [];
}
