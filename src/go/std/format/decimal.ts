// Decimal digits of a float64: exact (BigInt) for fixed precision, shortest round-trip otherwise.

/** Digits is a decimal d[0]d[1]... × 10^(dp - len(d)) with no trailing zeros ("" is zero). */
export interface Digits { d: string; dp: number }

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** float64Bits returns the sign, biased exponent and 52-bit mantissa (as BigInt) of v. */
export function float64Bits(v: number): { neg: boolean; exp: number; mant: bigint } {
  f64[0] = v;
  const hi = u32[LITTLE ? 1 : 0], lo = u32[LITTLE ? 0 : 1];
  return { neg: hi >>> 31 === 1, exp: (hi >>> 20) & 0x7ff, mant: (BigInt(hi & 0xfffff) << 32n) | BigInt(lo) };
}

function trim(d: string, dp: number): Digits {
  let end = d.length;
  while (end > 0 && d.charCodeAt(end - 1) === 48) end--;
  return end === 0 ? { d: '', dp: 0 } : { d: d.slice(0, end), dp };
}

/** exactDigits returns every decimal digit of |v| (finite), computed exactly with BigInt. */
export function exactDigits(v: number): Digits {
  v = Math.abs(v);
  if (v === 0) return { d: '', dp: 0 };
  if (Number.isInteger(v) && v <= Number.MAX_SAFE_INTEGER) {
    const s = String(v);
    return trim(s, s.length);
  }
  const { exp, mant: m } = float64Bits(v);
  let mant = m, e = exp;
  if (e === 0) e = 1; else mant |= 1n << 52n;
  e -= 1075; // value = mant × 2^e
  if (e >= 0) {
    const s = (mant << BigInt(e)).toString();
    return trim(s, s.length);
  }
  // mant / 2^k = mant × 5^k / 10^k
  const k = -e;
  const s = (mant * pow5(k)).toString();
  return trim(s, s.length - k);
}

/** roundDigits rounds x to nd significant digits, halfway cases to even (x is exact), trimming trailing zeros. */
export function roundDigits(x: Digits, nd: number): Digits {
  const { d, dp } = x;
  if (nd >= d.length) return x;
  if (nd < 0) return { d: '', dp: 0 };
  const next = d.charCodeAt(nd);
  let up: boolean;
  if (next === 53 /* '5' */ && nd + 1 === d.length) up = nd > 0 && (d.charCodeAt(nd - 1) - 48) % 2 === 1;
  else up = next >= 53;
  if (!up) return trim(d.slice(0, nd), dp);
  let i = nd - 1;
  while (i >= 0 && d.charCodeAt(i) === 57 /* '9' */) i--;
  if (i < 0) return { d: '1', dp: dp + 1 };
  return trim(d.slice(0, i) + String.fromCharCode(d.charCodeAt(i) + 1), dp);
}

/** shortestDigits returns the fewest digits that read back as |v| (finite) at the given bit size (64 or 32). */
export function shortestDigits(v: number, bitSize: 32 | 64 = 64): Digits {
  v = Math.abs(v);
  if (v === 0) return { d: '', dp: 0 };
  if (bitSize === 64 && v < 1e21 && Number.isInteger(v)) {
    const s = String(v); // integers below 1e21 print in full, with the shortest significant digits
    return trim(s, s.length);
  }
  let s: string;
  if (bitSize === 64) s = v.toExponential();
  else {
    s = v.toExponential(8);
    for (let p = 0; p < 8; p++) {
      const t = v.toExponential(p);
      if (Math.fround(Number(t)) === v) { s = t; break; }
    }
  }
  const e = s.indexOf('e');
  const mant = e > 1 ? s[0] + s.slice(2, e) : s[0];
  return trim(mant, Number(s.slice(e + 1)) + 1);
}

const POW5: bigint[] = [1n];
function pow5(k: number): bigint {
  while (POW5.length <= k) POW5.push(POW5[POW5.length - 1] * 5n);
  return POW5[k];
}

/** fractionDigits is the number of decimal places in the exact expansion of finite v (0 for integers). */
export function fractionDigits(v: number): number {
  if (Number.isInteger(v)) return 0;
  f64[0] = v;
  const hi = u32[LITTLE ? 1 : 0], lo = u32[LITTLE ? 0 : 1];
  const exp = (hi >>> 20) & 0x7ff;
  const mhi = (hi & 0xfffff) | (exp === 0 ? 0 : 0x100000);
  const ctz = (x: number): number => 31 - Math.clz32(x & -x);
  const tz = lo !== 0 ? ctz(lo) : 32 + ctz(mhi);
  // v = mant × 2^(e) with e = max(exp,1) - 1075; each factor 2^-1 adds one decimal place.
  return -((exp === 0 ? 1 : exp) - 1075 + tz);
}
