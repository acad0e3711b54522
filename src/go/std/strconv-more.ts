/** strconv-more: the rest of package strconv (ParseFloat, ParseBool, Quote, Unquote, FormatFloat...), loaded in the browser worker when a compile names one of its members. */
import { formatInt } from './format/integer.ts';
import { formatFloat } from './format/float.ts';
import { quote, quoteToASCII, quoteRune, quoteRuneToASCII } from './format/quote.ts';
import type { Iface } from '../runtime/rtype.ts';
import { wrapU64 } from '../runtime/int.ts';
import { fromArray, toArray, type Slice } from '../runtime/slice.ts';
import { decodeRune, encodeRune as encode } from './format/utf8.ts';
import type { StrconvBase } from './strconv.ts';

/** strconvMore builds the rest's functions over the errors and parser of the package's own chunk (handed over: the two chunks import nothing from each other). */
export function strconvMore({ ErrRange, ErrSyntax, numErr, parseInt }: StrconvBase): Record<string, unknown> {
  function parseUint(fn: string, s: string, base: number, bits: number): [number | bigint, Iface | null] {
    if (s.startsWith('+') || s.startsWith('-')) return [0, numErr(fn, s, ErrSyntax)];
    const [v, e] = parseInt(fn, s, base, 128);
    if (e) return [0, e];
    const max = (1n << BigInt(bits || 64)) - 1n;
    if (BigInt(v) > max) return [wrapU64(max), numErr(fn, s, ErrRange)];
    return [v, null];
  }

  const funcs = {
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
  };

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
  return funcs;
}
