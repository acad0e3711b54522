/**
 * float-rare: the rare forms of Go's float formatting: binary and hexadecimal (strconv.FormatFloat's 'b', 'x' and
 * 'X', fmt's %b %x %X of a float), every decimal digit of a float for a fixed precision other than %f's (%e, %.3g,
 * FormatFloat(f, 'e', 2, 64)...), and the # flag. Installs itself on float-hook.ts when imported: under Node at once
 * (float-text.eager.ts); in the browser as the `go:floatx` chunk, loaded only after a run that needed it (no
 * detector names it: float-text-part.ts).
 */
import type { Digits } from './decimal.ts';
import { floatHook } from './float-hook.ts';

/** parts splits finite v into mant × 2^(exp − mantbits), with the implicit leading 1 of a normal number in mant. */
function parts(v: number, bitSize: 32 | 64): { mant: bigint; exp: number; mantbits: number } {
  const dv = new DataView(new ArrayBuffer(8));
  let mant: bigint, exp: number;
  const mantbits = bitSize === 64 ? 52 : 23;
  if (bitSize === 64) {
    dv.setFloat64(0, v);
    const bits = dv.getBigUint64(0);
    mant = bits & ((1n << 52n) - 1n); exp = Number((bits >> 52n) & 0x7ffn);
  } else {
    dv.setFloat32(0, v);
    const bits = dv.getUint32(0);
    mant = BigInt(bits & 0x7fffff); exp = (bits >>> 23) & 0xff;
  }
  if (exp === 0) exp = 1; else mant |= 1n << BigInt(mantbits);
  return { mant, exp: exp - (bitSize === 64 ? 1023 : 127), mantbits };
}

const POW5: bigint[] = [1n];
function pow5(k: number): bigint {
  while (POW5.length <= k) POW5.push(POW5[POW5.length - 1]! * 5n);
  return POW5[k]!;
}

/** digitsOf is the decimal string s × 10^(dp − len(s)) without its trailing zeros. */
function digitsOf(s: string, dp: number): Digits {
  const d = s.replace(/0+$/, '');
  return d === '' ? { d: '', dp: 0 } : { d, dp };
}

/** exactDigits returns every decimal digit of |v| (finite), computed exactly with BigInt. */
export function exactDigits(v: number): Digits {
  v = Math.abs(v);
  if (v === 0) return { d: '', dp: 0 };
  if (Number.isInteger(v) && v <= Number.MAX_SAFE_INTEGER) {
    const s = String(v);
    return digitsOf(s, s.length);
  }
  const { mant, exp, mantbits } = parts(v, 64);
  const e = exp - mantbits; // v = mant × 2^e
  if (e >= 0) {
    const s = (mant << BigInt(e)).toString();
    return digitsOf(s, s.length);
  }
  // mant / 2^k = mant × 5^k / 10^k
  const s = (mant * pow5(-e)).toString();
  return digitsOf(s, s.length + e);
}

/** sharpForm applies fmt's # flag to a formatted float num (sign removed) of format fmt and precision prec: a decimal point always, and %g's trailing zeros kept. */
export function sharpForm(num: string, fmt: string, prec: number): string {
  let digits = 0;
  if (fmt === 'g' || fmt === 'G' || fmt === 'x') digits = prec === -1 ? 6 : prec;
  let tail = '';
  const ei = num.search(fmt === 'x' || fmt === 'X' ? /[pP]/ : /[eEpP]/);
  if (ei >= 0) { tail = num.slice(ei); num = num.slice(0, ei); }
  let hasPoint = false, sawNonzero = false;
  for (const ch of num) {
    if (ch === '.') { hasPoint = true; continue; }
    if (ch !== '0') sawNonzero = true;
    if (sawNonzero) digits--;
  }
  if (!hasPoint) {
    if (num === '0') digits--;
    num += '.';
  }
  if (digits > 0) num += '0'.repeat(digits);
  return num + tail;
}

function fmtB(neg: boolean, v: number, bitSize: 32 | 64): string {
  const { mant, exp, mantbits } = parts(v, bitSize);
  const e = exp - mantbits;
  return (neg ? '-' : '') + mant.toString() + 'p' + (e >= 0 ? '+' : '') + e;
}

const MASK64 = (1n << 64n) - 1n;
const BIT60 = 1n << 60n;

function fmtX(neg: boolean, v: number, prec: number, fmt: 'x' | 'X', bitSize: 32 | 64): string {
  const p = parts(v, bitSize);
  let { mant, exp } = p;
  const { mantbits } = p;
  if (mant === 0n) exp = 0;
  // Put the leading 1 at bit 60, so the value is 1.fff... × 2^exp.
  mant <<= BigInt(60 - mantbits);
  while (mant !== 0n && (mant & BIT60) === 0n) { mant <<= 1n; exp--; }
  if (prec >= 0 && prec < 15) {
    // Round to prec hex digits, halfway cases to even.
    const shift = BigInt(prec * 4);
    const extra = (mant << shift) & (BIT60 - 1n);
    mant >>= 60n - shift;
    if ((extra | (mant & 1n)) > 1n << 59n) mant++;
    mant <<= 60n - shift;
    if ((mant & (1n << 61n)) !== 0n) { mant >>= 1n; exp++; }
  }
  const hex = fmt === 'X' ? '0123456789ABCDEF' : '0123456789abcdef';
  let out = (neg ? '-' : '') + '0' + fmt + ((mant >> 60n) & 1n ? '1' : '0');
  mant = (mant << 4n) & MASK64;
  if (prec < 0 && mant !== 0n) {
    out += '.';
    while (mant !== 0n) { out += hex[Number((mant >> 60n) & 15n)]; mant = (mant << 4n) & MASK64; }
  } else if (prec > 0) {
    out += '.';
    for (let i = 0; i < prec; i++) { out += hex[Number((mant >> 60n) & 15n)]; mant = (mant << 4n) & MASK64; }
  }
  const a = Math.abs(exp);
  return out + (fmt === 'X' ? 'P' : 'p') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
}

/** formatBinary is strconv.FormatFloat(v, fmt, prec, bitSize) for fmt 'b', 'x' and 'X' (v finite; neg its sign). */
export function formatBinary(neg: boolean, v: number, prec: number, fmt: 'b' | 'x' | 'X', bitSize: 32 | 64): string {
  return fmt === 'b' ? fmtB(neg, v, bitSize) : fmtX(neg, v, prec, fmt, bitSize);
}

floatHook.binary = formatBinary;
floatHook.exact = exactDigits;
floatHook.sharp = sharpForm;
