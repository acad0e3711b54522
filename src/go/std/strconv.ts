/** strconv: Itoa, Atoi, ParseInt, ParseFloat, FormatInt, Quote, ParseBool with Go's error text. */
import { formatInt } from './format/integer.ts';
import { formatFloat } from './format/float.ts';
import { quote } from './format/quote.ts';
import { hostType, ptrTo, type Iface, type RType } from '../runtime/rtype.ts';
import { wrapS64 } from '../runtime/int.ts';
import { errorStringT } from './fmt.ts';

/** numErrorT is *strconv.NumError. */
export const numErrorT: RType = hostType('strconv', 'NumError', () => null);
const ne = ptrTo(numErrorT);
ne.methods.set('Error', function* (_g: any, e: { Func: string; Num: string; Err: Iface }) { return `strconv.${e.Func}: parsing ${quote(e.Num)}: ${e.Err.v.s}`; });
ne.methods.set('Unwrap', function* (_g: any, e: { Err: Iface }) { return e.Err; });
const ErrSyntax: Iface = { t: errorStringT, v: { s: 'invalid syntax' } };
const ErrRange: Iface = { t: errorStringT, v: { s: 'value out of range' } };
const numErr = (fn: string, s: string, err: Iface): Iface => ({ t: ne, v: { Func: fn, Num: s, Err: err } });

function parseInt(fn: string, s: string, base: number, bits: number): [number | bigint, Iface | null] {
  const s0 = s;
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
  return [wrapS64(v), null];
}

/** strconvPackage builds package strconv. */
export function strconvPackage() {
  return {
    types: { NumError: numErrorT },
    vars: { ErrSyntax, ErrRange },
    funcs: {
      Itoa: (_g: any, i: number | bigint) => formatInt(i, 10),
      Atoi: (_g: any, s: string) => { const [v, e] = parseInt('Atoi', s, 10, 64); return [e && e.v.Err === ErrSyntax ? 0 : v, e]; },
      ParseInt: (_g: any, s: string, base: number, bits: number) => parseInt('ParseInt', s, Number(base), Number(bits)),
      FormatInt: (_g: any, i: number | bigint, base: number) => formatInt(i, Number(base)),
      Quote: (_g: any, s: string) => quote(s),
      FormatFloat: (_g: any, f: number, fmt: number, prec: number, bits: number) => formatFloat(f, String.fromCharCode(fmt), Number(prec), Number(bits) === 32 ? 32 : 64),
      ParseFloat: (_g: any, s: string) => { const t = s.trim(); const v = Number(t); if (t === '' || Number.isNaN(v) && !/^[+-]?nan$/i.test(t)) return [0, numErr('ParseFloat', s, ErrSyntax)]; return [v, null]; },
      ParseBool: (_g: any, s: string) => { if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return [true, null]; if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return [false, null]; return [false, numErr('ParseBool', s, ErrSyntax)]; },
      FormatBool: (_g: any, b: boolean) => String(b),
    },
  };
}
