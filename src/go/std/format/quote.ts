// strconv.Quote, QuoteToASCII, QuoteRune, CanBackquote, IsPrint and fmt's %q for strings.
import { pad, type FmtSpec } from './spec.ts';
import { decodeRune, encodeRune, RuneError, validRune } from './utf8.ts';

const PRINT = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
const HEX = '0123456789abcdef';

/** isPrint is strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
export function isPrint(r: number): boolean {
  if (r < 0x80) return r >= 0x20 && r < 0x7f;
  if (!validRune(r)) return false;
  return PRINT.test(String.fromCodePoint(r));
}

function hexN(r: number, n: number): string {
  let s = '';
  for (let sh = (n - 1) * 4; sh >= 0; sh -= 4) s += HEX[(r >>> sh) & 0xf];
  return s;
}

function escapeRune(r: number, quote: number, asciiOnly: boolean): string {
  if (r === quote || r === 0x5c) return '\\' + String.fromCharCode(r);
  if (asciiOnly ? r < 0x80 && isPrint(r) : isPrint(r)) return encodeRune(r);
  switch (r) {
    case 0x07: return '\\a';
    case 0x08: return '\\b';
    case 0x0c: return '\\f';
    case 0x0a: return '\\n';
    case 0x0d: return '\\r';
    case 0x09: return '\\t';
    case 0x0b: return '\\v';
  }
  if (r < 0x20 || r === 0x7f) return '\\x' + hexN(r, 2);
  if (!validRune(r)) r = RuneError;
  return r < 0x10000 ? '\\u' + hexN(r, 4) : '\\U' + hexN(r, 8);
}

function quoteWith(s: string, quote: number, asciiOnly: boolean): string {
  let out = String.fromCharCode(quote);
  for (let i = 0; i < s.length; ) {
    const b = s.charCodeAt(i);
    if (b < 0x80) { out += escapeRune(b, quote, asciiOnly); i++; continue; }
    const [r, size] = decodeRune(s, i);
    if (size === 1 && r === RuneError) out += '\\x' + hexN(b, 2);
    else out += escapeRune(r, quote, asciiOnly);
    i += size;
  }
  return out + String.fromCharCode(quote);
}

/** quote is strconv.Quote on a byte string: Go-escaped, printable runes kept, invalid bytes as \xNN. */
export function quote(s: string): string {
  return quoteWith(s, 0x22, false);
}

/** quoteToASCII is strconv.QuoteToASCII: like quote, but every non-ASCII rune is escaped. */
export function quoteToASCII(s: string): string {
  return quoteWith(s, 0x22, true);
}

/** quoteRune is strconv.QuoteRune: a single-quoted Go rune literal (invalid runes become U+FFFD). */
export function quoteRune(r: number): string {
  return "'" + escapeRune(validRune(r) ? r : RuneError, 0x27, false) + "'";
}

/** quoteRuneToASCII is strconv.QuoteRuneToASCII. */
export function quoteRuneToASCII(r: number): string {
  return "'" + escapeRune(validRune(r) ? r : RuneError, 0x27, true) + "'";
}

/** canBackquote is strconv.CanBackquote: s can be a raw string literal (no controls but tab, no '`', valid UTF-8, no BOM). */
export function canBackquote(s: string): boolean {
  for (let i = 0; i < s.length; ) {
    const [r, size] = decodeRune(s, i);
    i += size;
    if (size > 1) {
      if (r === 0xfeff) return false;
      continue;
    }
    if (r === RuneError) return false;
    if ((r < 0x20 && r !== 0x09) || r === 0x60 || r === 0x7f) return false;
  }
  return true;
}

/** truncateRunes keeps the first prec runes of s when prec >= 0 (fmt's precision on strings). */
export function truncateRunes(s: string, prec: number): string {
  if (prec < 0) return s;
  let n = prec;
  for (let i = 0; i < s.length; ) {
    if (n-- <= 0) return s.slice(0, i);
    i += s.charCodeAt(i) < 0x80 ? 1 : decodeRune(s, i)[1];
  }
  return s;
}

/** fmtQ formats a string for %q: %+q escapes non-ASCII, %#q uses a raw string when it can. */
export function fmtQ(s: string, spec: Readonly<FmtSpec>): string {
  s = truncateRunes(s, spec.prec);
  if (spec.sharp && canBackquote(s)) return pad('`' + s + '`', spec);
  return pad(spec.plus ? quoteToASCII(s) : quote(s), spec);
}

/** fmtS formats a string for %s and %v: truncated to the precision in runes, then padded. */
export function fmtS(s: string, spec: Readonly<FmtSpec>): string {
  return pad(truncateRunes(s, spec.prec), spec);
}

/** fmtSx formats the bytes of s as hex for %x/%X (space flag separates bytes, sharp adds 0x). */
export function fmtSx(s: string, upper: boolean, spec: Readonly<FmtSpec>): string {
  let length = s.length;
  if (spec.prec >= 0 && spec.prec < length) length = spec.prec;
  if (length === 0) return spec.width > 0 ? (spec.zero && !spec.minus ? '0' : ' ').repeat(spec.width) : '';
  const digits = upper ? '0123456789ABCDEF' : HEX;
  const prefix = upper ? '0X' : '0x';
  let out = spec.sharp ? prefix : '';
  for (let i = 0; i < length; i++) {
    if (spec.space && i > 0) out += spec.sharp ? ' ' + prefix : ' ';
    const c = s.charCodeAt(i);
    out += digits[c >> 4] + digits[c & 0xf];
  }
  if (spec.width > out.length) {
    const fill = (spec.zero && !spec.minus ? '0' : ' ').repeat(spec.width - out.length);
    out = spec.minus ? out + fill : fill + out;
  }
  return out;
}

/** fmtBool formats a bool for %t and %v. */
export function fmtBool(b: boolean, spec: Readonly<FmtSpec>): string {
  return pad(b ? 'true' : 'false', spec);
}
