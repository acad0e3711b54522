/**
 * strconv: package strconv's own chunk: *NumError, ErrSyntax and ErrRange with Go's error text, what course
 * programs call (Atoi, Itoa, ParseInt, FormatInt), and the table that strconv-more.ts, the rest, fills when it
 * loads (src/go/std/package-parts.ts).
 */
import { formatInt } from './format/integer.ts';
import { quote } from './format/quote.ts';
import { hostType, ptrTo, type Iface, type RType } from '../runtime/rtype.ts';
import { wrapS64 } from '../runtime/int.ts';
import { errorStringT } from './fmt.ts';

/** numErrorT is *strconv.NumError. */
export const numErrorT: RType = hostType('strconv', 'NumError', () => null);
const ne = ptrTo(numErrorT);
ne.methods.set('Error', function* (_g: any, e: { Func: string; Num: string; Err: Iface }) { return `strconv.${e.Func}: parsing ${quote(e.Num)}: ${e.Err.v.s}`; });
ne.methods.set('Unwrap', function* (_g: any, e: { Err: Iface }) { return e.Err; });
/** ErrSyntax is strconv.ErrSyntax. */
export const ErrSyntax: Iface = { t: errorStringT, v: { s: 'invalid syntax' } };
/** ErrRange is strconv.ErrRange. */
export const ErrRange: Iface = { t: errorStringT, v: { s: 'value out of range' } };
/** numErr is a *NumError for function fn and input s. */
export const numErr = (fn: string, s: string, err: Iface): Iface => ({ t: ne, v: { Func: fn, Num: s, Err: err } });

/** parseInt is strconv.ParseInt for function fn (bits 128: any size, a bigint beyond 2^53). */
export function parseInt(fn: string, s: string, base: number, bits: number): [number | bigint, Iface | null] {
  const s0 = s;
  if (s === '') return [0, numErr(fn, s0, ErrSyntax)];
  if (base !== 0 && (base < 2 || base > 36)) return [0, numErr(fn, s0, { t: errorStringT, v: { s: 'invalid base ' + base } })];
  if (bits < 0 || (bits > 64 && bits !== 128)) return [0, numErr(fn, s0, { t: errorStringT, v: { s: 'invalid bit size ' + bits } })];
  let neg = false;
  if (s.startsWith('+') || s.startsWith('-')) { neg = s[0] === '-'; s = s.slice(1); }
  if (base === 0) {
    base = 10;
    if (/^0[xX]/.test(s)) { base = 16; s = s.slice(2); } else if (/^0[bB]/.test(s)) { base = 2; s = s.slice(2); } else if (/^0[oO]/.test(s)) { base = 8; s = s.slice(2); } else if (/^0\d/.test(s)) { base = 8; s = s.slice(1); }
    s = s.replace(/_/g, '');
  }
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, base);
  if (s === '' || [...s.toLowerCase()].some((c) => !digits.includes(c))) return [0, numErr(fn, s0, ErrSyntax)];
  let v = 0n;
  for (const c of s.toLowerCase()) v = v * BigInt(base) + BigInt(digits.indexOf(c));
  if (neg) v = -v;
  const b = BigInt(bits || 64);
  const max = (1n << (b - 1n)) - 1n, min = -(1n << (b - 1n));
  if (v > max) return [wrapS64(max), numErr(fn, s0, ErrRange)];
  if (v < min) return [wrapS64(min), numErr(fn, s0, ErrRange)];
  return [bits === 128 ? (v <= 9007199254740991n ? Number(v) : v) : wrapS64(v), null];
}

/** strconvTables holds package strconv's function table (in the browser worker, guarded by pkg/strconv-parts.lazy.ts). */
export const strconvTables: { funcs: Record<string, unknown> } = { funcs: {
  Itoa: (_g: any, i: number | bigint) => formatInt(i, 10),
  Atoi: (_g: any, s: string) => { const [v, e] = parseInt('Atoi', s, 10, 64); return [e && e.v.Err === ErrSyntax ? 0 : v, e]; },
  ParseInt: (_g: any, s: string, base: number, bits: number) => parseInt('ParseInt', s, Number(base), Number(bits)),
  FormatInt: (_g: any, i: number | bigint, base: number) => formatInt(i, Number(base)),
} };

/** StrconvBase is what the rest (strconv-more.ts) uses of this chunk. */
export interface StrconvBase { ErrRange: Iface; ErrSyntax: Iface; numErr: typeof numErr; parseInt: typeof parseInt }

/** addStrconvMore adds the rest's functions, built by strconv-more.ts's strconvMore, to the table. */
export function addStrconvMore(more: (base: StrconvBase) => Record<string, unknown>): void {
  Object.assign(strconvTables.funcs, more({ ErrRange, ErrSyntax, numErr, parseInt }));
}

/** strconvPackage builds package strconv (with the rest's functions once strconv-more.ts has loaded). */
export function strconvPackage() {
  return { types: { NumError: numErrorT }, vars: { ErrSyntax, ErrRange }, funcs: strconvTables.funcs };
}
