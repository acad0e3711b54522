// Decimal digits of a float64: shortest round-trip, rounding, and how many places an exact expansion has (the exact
// digits themselves, with BigInt, are float-rare.ts's).

/** Digits is a decimal d[0]d[1]... × 10^(dp - len(d)) with no trailing zeros ("" is zero). */
export interface Digits { d: string; dp: number }

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** trimDigits is d × 10^(dp − len(d)) as Digits: trailing zeros dropped, "" for zero. */
export function trimDigits(d: string, dp: number): Digits {
  let end = d.length;
  while (end > 0 && d.charCodeAt(end - 1) === 48) end--;
  return end === 0 ? { d: '', dp: 0 } : { d: d.slice(0, end), dp };
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
  if (!up) return trimDigits(d.slice(0, nd), dp);
  let i = nd - 1;
  while (i >= 0 && d.charCodeAt(i) === 57 /* '9' */) i--;
  if (i < 0) return { d: '1', dp: dp + 1 };
  return trimDigits(d.slice(0, i) + String.fromCharCode(d.charCodeAt(i) + 1), dp);
}

/** shortestDigits returns the fewest digits that read back as |v| (finite) at the given bit size (64 or 32). */
export function shortestDigits(v: number, bitSize: 32 | 64 = 64): Digits {
  v = Math.abs(v);
  if (v === 0) return { d: '', dp: 0 };
  if (bitSize === 64 && v < 1e21 && Number.isInteger(v)) {
    const s = String(v); // integers below 1e21 print in full, with the shortest significant digits
    return trimDigits(s, s.length);
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
  return trimDigits(mant, Number(s.slice(e + 1)) + 1);
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
