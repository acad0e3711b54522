// Go's integer formatting: strconv.FormatInt/FormatUint and fmt's %d %b %o %O %x %X %c %q %U.
import { quoteRune, quoteRuneToASCII, isPrint } from './quote.ts';
import { pad, padSpaces, type FmtSpec } from './spec.ts';
import { encodeRune, MaxRune, RuneError } from './utf8.ts';

const TWO64 = 1n << 64n;

/** formatInt is strconv.FormatInt / FormatUint: v in base 2..36, lower-case digits, '-' for negatives. */
export function formatInt(v: number | bigint, base = 10): string {
  if (base < 2 || base > 36) throw new RangeError(`strconv: illegal AppendInt/FormatInt base`);
  return v.toString(base);
}

function magnitude(v: number | bigint): { neg: boolean; abs: number | bigint } {
  if (typeof v === 'bigint') return v < 0n ? { neg: true, abs: -v } : { neg: false, abs: v };
  return v < 0 ? { neg: true, abs: -v } : { neg: false, abs: v };
}

/** toUint64 reinterprets v as a uint64 (two's complement for negatives), as Go's uint64(v) conversion. */
export function toUint64(v: number | bigint): bigint {
  const b = typeof v === 'bigint' ? v : BigInt(v);
  return b < 0n ? ((b % TWO64) + TWO64) % TWO64 : b;
}

function runeOf(v: number | bigint): number {
  const u = toUint64(v);
  return u > BigInt(MaxRune) ? RuneError : Number(u);
}

function digitsOf(abs: number | bigint, base: number, upper: boolean): string {
  const s = abs.toString(base);
  return upper ? s.toUpperCase() : s;
}

/** fmtUnicode formats v as %U ("U+0078"), or with sharp as "U+0078 'x'" when printable. */
export function fmtUnicode(v: number | bigint, spec: Readonly<FmtSpec>): string {
  const u = toUint64(v);
  const prec = spec.prec > 4 ? spec.prec : 4;
  let hex = u.toString(16).toUpperCase();
  if (hex.length < prec) hex = '0'.repeat(prec - hex.length) + hex;
  let out = 'U+' + hex;
  if (spec.sharp && u <= BigInt(MaxRune) && isPrint(Number(u))) out += " '" + encodeRune(Number(u)) + "'";
  return padSpaces(out, spec);
}

/**
 * fmtInteger formats an integer for the fmt verbs d v b o O x X c q U with flags, width and precision.
 * Pass the Go value (negative only for signed types; bigint where it may exceed 2^53). Returns null for
 * other verbs (the caller prints `%!verb(int=...)`).
 */
export function fmtInteger(v: number | bigint, verb: string, spec: Readonly<FmtSpec>): string | null {
  let base: number, upper = false;
  switch (verb) {
    case 'v': case 'd': base = 10; break;
    case 'b': base = 2; break;
    case 'o': case 'O': base = 8; break;
    case 'x': base = 16; break;
    case 'X': base = 16; upper = true; break;
    case 'c': return pad(encodeRune(runeOf(v)), spec);
    case 'q': return pad(spec.plus ? quoteRuneToASCII(runeOf(v)) : quoteRune(runeOf(v)), spec);
    case 'U': return fmtUnicode(v, spec);
    default: return null;
  }
  const { neg, abs } = magnitude(v);
  const isZero = typeof abs === 'bigint' ? abs === 0n : abs === 0;
  let prec = 0;
  if (spec.prec >= 0) {
    prec = spec.prec;
    if (prec === 0 && isZero) return padSpaces('', spec);
  } else if (spec.zero && !spec.minus && spec.width >= 0) {
    prec = spec.width;
    if (neg || spec.plus || spec.space) prec--;
  }
  let digits = digitsOf(abs, base, upper);
  if (digits.length < prec) digits = '0'.repeat(prec - digits.length) + digits;
  if (spec.sharp) {
    if (base === 2) digits = '0b' + digits;
    else if (base === 8 && digits[0] !== '0') digits = '0' + digits;
    else if (base === 16) digits = (upper ? '0X' : '0x') + digits;
  }
  if (verb === 'O') digits = '0o' + digits;
  if (neg) digits = '-' + digits;
  else if (spec.plus) digits = '+' + digits;
  else if (spec.space) digits = ' ' + digits;
  return padSpaces(digits, spec);
}
