/** strconv: Itoa, Atoi, ParseInt, ParseFloat, FormatInt, Quote, ParseBool with Go's error text. */
import { formatInt } from './format/integer.ts';
import { formatFloat } from './format/float.ts';
import { quote } from './format/quote.ts';
import { hostType, ptrTo, type Iface, type RType } from '../runtime/rtype.ts';
import { wrapS64, wrapU64 } from '../runtime/int.ts';
import { quoteToASCII, quoteRune, quoteRuneToASCII } from './format/quote.ts';
import { fromArray, toArray, type Slice } from '../runtime/slice.ts';
import { decodeRune } from './format/utf8.ts';
import { errorStringT } from './fmt.ts';

/** numErrorT is *strconv.NumError. */
export const numErrorT: RType = hostType('strconv', 'NumError', () => null);
const ne = ptrTo(numErrorT);
ne.methods.set('Error', function* (_g: any, e: { Func: string; Num: string; Err: Iface }) { return `strconv.${e.Func}: parsing ${quote(e.Num)}: ${e.Err.v.s}`; });
ne.methods.set('Unwrap', function* (_g: any, e: { Err: Iface }) { return e.Err; });
const ErrSyntax: Iface = { t: errorStringT, v: { s: 'invalid syntax' } };
const ErrRange: Iface = { t: errorStringT, v: { s: 'value out of range' } };
const numErr = (fn: string, s: string, err: Iface): Iface => ({ t: ne, v: { Func: fn, Num: s, Err: err } });

function parseUint(fn: string, s: string, base: number, bits: number): [number | bigint, Iface | null] {
  if (s.startsWith('+') || s.startsWith('-')) return [0, numErr(fn, s, ErrSyntax)];
  const [v, e] = parseInt(fn, s, base, 128);
  if (e) return [0, e];
  const max = (1n << BigInt(bits || 64)) - 1n;
  if (BigInt(v) > max) return [wrapU64(max), numErr(fn, s, ErrRange)];
  return [v, null];
}

function parseInt(fn: string, s: string, base: number, bits: number): [number | bigint, Iface | null] {
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
      ParseFloat: (_g: any, s: string, bits: number) => parseFloat(s, Number(bits)),
      ParseBool: (_g: any, s: string) => { if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return [true, null]; if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return [false, null]; return [false, numErr('ParseBool', s, ErrSyntax)]; },
      FormatBool: (_g: any, b: boolean) => String(b),
      FormatUint: (_g: any, i: number | bigint, base: number) => formatInt(i, Number(base)),
      ParseUint: (_g: any, s: string, base: number, bits: number) => parseUint('ParseUint', s, Number(base), Number(bits)),
      QuoteToASCII: (_g: any, s: string) => quoteToASCII(s),
      QuoteRune: (_g: any, r: number) => quoteRune(r),
      QuoteRuneToASCII: (_g: any, r: number) => quoteRuneToASCII(r),
      Unquote: (_g: any, s: string) => unquote(s),
      AppendInt: (_g: any, b: Slice | null, i: number | bigint, base: number) => fromArray([...toArray(b), ...[...formatInt(i, Number(base))].map((c) => c.charCodeAt(0))]),
      AppendQuote: (_g: any, b: Slice | null, s: string) => fromArray([...toArray(b), ...[...quote(s)].map((c) => c.charCodeAt(0))]),
    },
  };
}

/** unquote is strconv.Unquote for "..." , `...` and '.' literals (byte strings in and out). */
function unquote(s: string): [string, Iface | null] {
  const bad: [string, Iface] = ['', ErrSyntax];
  if (s.length < 2) return bad;
  const q = s[0];
  if (q !== s[s.length - 1]) return bad;
  const body = s.slice(1, -1);
  if (q === '`') return body.includes('`') ? bad : [body.replace(/\r/g, ''), null];
  if (q !== '"' && q !== "'") return bad;
  let out = '';
  for (let i = 0; i < body.length;) {
    const c = body[i]!;
    if (c === q || c === '\n') return bad;
    if (c !== '\\') { out += c; i++; continue; }
    const e = body[i + 1];
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"' };
    if (e !== undefined && e in simple) { if ((e === "'" && q === '"') || (e === '"' && q === "'")) return bad; out += simple[e]; i += 2; continue; }
    if (e === 'x') { const h = body.slice(i + 2, i + 4); if (!/^[0-9a-fA-F]{2}$/.test(h)) return bad; out += String.fromCharCode(parseInt16(h)); i += 4; continue; }
    if (e === 'u' || e === 'U') { const n = e === 'u' ? 4 : 8; const h = body.slice(i + 2, i + 2 + n); if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(h)) return bad; out += encode(parseInt16(h)); i += 2 + n; continue; }
    if (e !== undefined && e >= '0' && e <= '7') { const o = body.slice(i + 1, i + 4); if (!/^[0-7]{3}$/.test(o)) return bad; const v = Number.parseInt(o, 8); if (v > 255) return bad; out += String.fromCharCode(v); i += 4; continue; }
    return bad;
  }
  if (q === "'") { if (out.length === 0) return bad; const [, w] = decodeRune(out, 0); if (w !== out.length) return bad; }
  return [out, null];
}
function parseInt16(h: string): number { return Number.parseInt(h, 16); }
import { encodeRune as encode } from './format/utf8.ts';

/** parseFloat is strconv.ParseFloat: Go's literal syntax (with _ separators and hex floats), range errors at ±Inf. */
function parseFloat(s: string, bits: number): [number, Iface | null] {
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(s);
  if (special) return [special[2]!.toLowerCase() === 'nan' ? NaN : special[1] === '-' ? -Infinity : Infinity, null];
  const dec = /^[+-]?(\d+(_\d+)*\.?(\d+(_\d+)*)?|\.\d+(_\d+)*)([eE][+-]?\d+)?$/;
  const hex = /^([+-]?)0[xX]([0-9a-fA-F_]*)\.?([0-9a-fA-F_]*)[pP]([+-]?\d+)$/;
  let v: number;
  const h = hex.exec(s);
  if (h) {
    const digits = (h[2]! + h[3]!).replace(/_/g, '');
    if (digits === '') return [0, numErr('ParseFloat', s, ErrSyntax)];
    v = Number.parseInt(digits, 16) * Math.pow(2, Number(h[4]) - 4 * h[3]!.replace(/_/g, '').length);
    if (h[1] === '-') v = -v;
  } else if (dec.test(s)) v = Number(s.replace(/_/g, ''));
  else return [0, numErr('ParseFloat', s, ErrSyntax)];
  if (bits === 32) v = Math.fround(v);
  if (!Number.isFinite(v)) return [v, numErr('ParseFloat', s, ErrRange)];
  return [v, null];
}
