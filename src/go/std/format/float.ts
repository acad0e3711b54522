/**
 * float: Go's float formatting as fmt, strconv, encoding/json and expvar call it. The formatting itself is
 * float-text.ts, which the browser loads as the `go:float` chunk (src/go/lazy.ts): `prepare` loads it for a program
 * whose syntax suggests floats (float-detect.ts); a run that formats a float without it records the late key
 * (src/go/syntax/late-keys.ts) and gets a placeholder, and the worker loads the chunk and runs again, so the
 * placeholder is never shown. Under Node float-text.ts loads at once (float-text.eager.ts).
 */
import { needLate } from '../../syntax/late-keys.ts';
import { FLOAT_KEY, FLOAT_PLACEHOLDER, floatHook } from './float-hook.ts';
import type { FmtSpec } from './spec.ts';
import './float-text.eager.ts';

export { FLOAT_PLACEHOLDER };

/**
 * formatFloat is strconv.FormatFloat(v, fmt, prec, bitSize) for fmt 'e' 'E' 'f' 'g' 'G' 'b' 'x' 'X';
 * prec -1 means the shortest representation that reads back exactly. Other fmt bytes give "%" + fmt, as Go.
 */
export function formatFloat(v: number, fmt: string, prec: number, bitSize: 32 | 64 = 64): string {
  if (floatHook.format) return floatHook.format(v, fmt, prec, bitSize);
  needLate(FLOAT_KEY);
  return FLOAT_PLACEHOLDER;
}

/**
 * fmtFloat formats v for the fmt verb ('v' 'g' 'G' 'e' 'E' 'f' 'F' 'b' 'x' 'X') with flags, width and precision;
 * it returns null for any other verb (the caller prints `%!verb(float64=...)`).
 */
export function fmtFloat(v: number, verb: string, spec: Readonly<FmtSpec>, bitSize: 32 | 64 = 64): string | null {
  if (floatHook.fmt) return floatHook.fmt(v, verb, spec, bitSize);
  needLate(FLOAT_KEY);
  return FLOAT_PLACEHOLDER;
}
