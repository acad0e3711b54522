/** math: the float64 functions and constants programs use (constants are folded by the checker). */

/** mathPackage builds package math. */
export function mathPackage() {
  const f1 = (fn: (x: number) => number) => (_g: unknown, x: number) => fn(x);
  return {
    types: {},
    vars: {},
    funcs: {
      Sqrt: f1(Math.sqrt), Abs: f1(Math.abs), Floor: f1(Math.floor), Ceil: f1(Math.ceil), Trunc: f1(Math.trunc),
      Round: f1(roundHalfAway),
      Exp: f1(Math.exp), Log: f1(Math.log), Log2: f1(Math.log2), Log10: f1(Math.log10), Sin: f1(Math.sin), Cos: f1(Math.cos), Tan: f1(Math.tan),
      Atan: f1(Math.atan), Cbrt: f1(Math.cbrt),
      Pow: (_g: unknown, x: number, y: number) => Math.pow(x, y),
      Max: (_g: unknown, x: number, y: number) => (Number.isNaN(x) || Number.isNaN(y) ? NaN : Math.max(x, y)),
      Min: (_g: unknown, x: number, y: number) => (Number.isNaN(x) || Number.isNaN(y) ? NaN : Math.min(x, y)),
      Mod: (_g: unknown, x: number, y: number) => x % y,
      Hypot: (_g: unknown, x: number, y: number) => Math.hypot(x, y),
      Inf: (_g: unknown, s: number) => (s >= 0 ? Infinity : -Infinity),
      IsInf: (_g: unknown, x: number, s: number) => (s > 0 ? x === Infinity : s < 0 ? x === -Infinity : !Number.isFinite(x) && !Number.isNaN(x)),
      IsNaN: (_g: unknown, x: number) => Number.isNaN(x),
      NaN: () => NaN,
      Signbit: (_g: unknown, x: number) => x < 0 || Object.is(x, -0),
      Acos: f1(Math.acos), Asin: f1(Math.asin), Expm1: f1(Math.expm1), Log1p: f1(Math.log1p),
      Atan2: (_g: unknown, y: number, x: number) => Math.atan2(y, x),
      Copysign: (_g: unknown, x: number, y: number) => { const neg = y < 0 || Object.is(y, -0); const a = Math.abs(x); return neg ? -a : a; },
      Dim: (_g: unknown, x: number, y: number) => (Number.isNaN(x) || Number.isNaN(y) ? NaN : x - y <= 0 ? 0 : x - y),
      Modf: (_g: unknown, x: number) => { const i = x < 0 ? Math.ceil(x) : Math.floor(x); const ip = Object.is(i, -0) || (i === 0 && (x < 0 || Object.is(x, -0))) ? -0 : i; return [ip, Number.isFinite(x) ? x - i : Number.isNaN(x) ? NaN : (x < 0 ? -0 : 0)]; },
      Remainder: (_g: unknown, x: number, y: number) => { const n = Math.round(x / y); let r = x - n * y; if (Math.abs(x / y - Math.trunc(x / y)) === 0.5) { const t = Math.trunc(x / y); const even = t % 2 === 0 ? t : t + Math.sign(x / y); r = x - even * y; } return r; },
      Float64bits: (_g: unknown, x: number) => { const b = new DataView(new ArrayBuffer(8)); b.setFloat64(0, x); const v = b.getBigUint64(0); return v <= 9007199254740991n ? Number(v) : v; },
      Float64frombits: (_g: unknown, v: number | bigint) => { const b = new DataView(new ArrayBuffer(8)); b.setBigUint64(0, BigInt(v)); return b.getFloat64(0); },
    },
  };
}
function roundHalfAway(x: number): number {
  if (!Number.isFinite(x)) return x;
  const r = Math.trunc(x);
  const out = Math.abs(x - r) >= 0.5 ? r + Math.sign(x) : r;
  return out === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : out;
}
