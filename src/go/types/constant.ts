/** Constant values of the checker: exact integers as BigInt, floats as JS numbers, strings as Go byte strings. */
import { diag } from './hooks.ts';

/** ConstValue is a constant's value; `int` covers untyped rune constants too. */
export type ConstValue =
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number; rat?: Rat }
  | { kind: 'string'; value: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'unknown' };

/** Rat is an exact rational [numerator, denominator > 0] used for untyped float constant arithmetic. */
export type Rat = [bigint, bigint];

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b) [a, b] = [b, a % b];
  return a;
}

/** ratNorm reduces a rational. */
export function ratNorm(n: bigint, d: bigint): Rat {
  if (d < 0n) { n = -n; d = -d; }
  const g = gcd(n, d);
  return g > 1n ? [n / g, d / g] : [n, d];
}

const bitLen = (x: bigint): number => x.toString(2).length;

/**
 * ratRound rounds a rational to the nearest binary float with `prec` mantissa bits whose lowest bit is at
 * least 2^minLsb (subnormals), ties to even, as math/big does; ±Infinity from 2^maxExp on.
 */
function ratRound([n, d]: Rat, prec: number, minLsb: number, maxExp: number): number {
  if (n === 0n) return 0;
  const neg = n < 0n;
  if (neg) n = -n;
  let e = Math.max(bitLen(n) - bitLen(d) - prec, minLsb);
  const div = (k: number): [bigint, bigint] => (k >= 0 ? [n / (d << BigInt(k)), n % (d << BigInt(k))] : [(n << BigInt(-k)) / d, (n << BigInt(-k)) % d]);
  let [q, rem] = div(e);
  if (q >= 1n << BigInt(prec)) [q, rem] = div(++e); // the estimate was one bit short
  const den = e >= 0 ? d << BigInt(e) : d;
  const twice = 2n * rem;
  if (twice > den || (twice === den && (q & 1n) === 1n)) q++;
  const v = Number(q) * 2 ** e;
  const r = v >= 2 ** maxExp ? Infinity : v;
  return neg ? -r : r;
}

/** ratToNumber rounds a rational to the nearest float64 (ties to even, no double rounding). */
export function ratToNumber(r: Rat): number {
  return ratRound(r, 53, -1074, 1024);
}

/** ratToFloat32 rounds a rational straight to the nearest float32 (rounding via float64 first can round twice). */
export function ratToFloat32(r: Rat): number {
  return ratRound(r, 24, -149, 128);
}

/** float32Const rounds a numeric constant once to float32, as converting it to float32 does. */
export function float32Const(v: ConstValue): ConstValue {
  const r = v.kind === 'int' || v.kind === 'float' ? toRat(v) : undefined;
  return r ? { kind: 'float', value: ratToFloat32(r) } : v;
}

/** floatRat parses a Go float literal (decimal or hex, underscores removed) exactly. */
export function floatRat(s: string): Rat | undefined {
  const hex = /^0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([-+]?\d+)$/.exec(s);
  if (hex) {
    const mant = BigInt('0x' + ((hex[1] || '') + (hex[2] || '') || '0'));
    const e = Number(hex[3]) - 4 * (hex[2] || '').length;
    return e >= 0 ? ratNorm(mant * 2n ** BigInt(e), 1n) : ratNorm(mant, 2n ** BigInt(-e));
  }
  const m = /^(\d*)\.?(\d*)(?:[eE]([-+]?\d+))?$/.exec(s);
  if (!m) return undefined;
  const mant = BigInt((m[1] || '') + (m[2] || '') || '0');
  const e = Number(m[3] ?? 0) - (m[2] || '').length;
  if (Math.abs(e) > 100000) return undefined;
  return e >= 0 ? ratNorm(mant * 10n ** BigInt(e), 1n) : ratNorm(mant, 10n ** BigInt(-e));
}

/** toRat converts a numeric constant to an exact rational (floats without one use their float64 value). */
export function toRat(v: ConstValue): Rat | undefined {
  if (v.kind === 'int') return [v.value, 1n];
  if (v.kind === 'float') {
    if (v.rat) return v.rat;
    if (!Number.isFinite(v.value)) return undefined;
    return floatRat(v.value.toExponential(20).replace('+', ''))!;
  }
  return undefined;
}

/** floatVal builds a float constant from a rational. */
export function floatVal(r: Rat): ConstValue {
  return { kind: 'float', value: ratToNumber(r), rat: r };
}

/** UNKNOWN is the value of a constant whose computation failed (errors already reported). */
export const UNKNOWN: ConstValue = { kind: 'unknown' };

/** intVal builds an integer constant. */
export function intVal(v: bigint | number): ConstValue {
  return { kind: 'int', value: BigInt(v) };
}

/** constString renders a value like go/constant's String (diag.ts; a placeholder while `go:diag` is not loaded). */
export function constString(v: ConstValue): string {
  return diag()?.constString(v) ?? '?';
}

/** toFloat converts a numeric constant to a JS number. */
export function toFloat(v: ConstValue): number {
  if (v.kind === 'int') return Number(v.value);
  if (v.kind === 'float') return v.value;
  return NaN;
}

/** toInt converts a numeric constant to an exact integer, or undefined if it has a fractional part. */
export function toInt(v: ConstValue): bigint | undefined {
  if (v.kind === 'int') return v.value;
  if (v.kind === 'float' && v.rat) return v.rat[1] === 1n ? v.rat[0] : undefined;
  if (v.kind === 'float' && Number.isFinite(v.value) && Number.isInteger(v.value)) return BigInt(v.value);
  return undefined;
}

/** compareConst evaluates x op y for ==, !=, <, <=, >, >=. */
export function compareConst(x: ConstValue, op: string, y: ConstValue): boolean {
  let c: number;
  if (x.kind === 'int' && y.kind === 'int') c = x.value < y.value ? -1 : x.value > y.value ? 1 : 0;
  else if (x.kind === 'string' && y.kind === 'string') c = x.value < y.value ? -1 : x.value > y.value ? 1 : 0;
  else if (x.kind === 'bool' && y.kind === 'bool') c = x.value === y.value ? 0 : 1;
  else {
    const ra = toRat(x);
    const rb = toRat(y);
    if (ra && rb) {
      const l = ra[0] * rb[1];
      const r = rb[0] * ra[1];
      c = l < r ? -1 : l > r ? 1 : 0;
    } else {
      const a = toFloat(x);
      const b = toFloat(y);
      c = a < b ? -1 : a > b ? 1 : 0;
    }
  }
  switch (op) {
    case '==': return c === 0;
    case '!=': return c !== 0;
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '>': return c > 0;
    default: return c >= 0;
  }
}

/** binaryConst evaluates an arithmetic/logical op; intDiv selects truncated integer division. */
export function binaryConst(x: ConstValue, op: string, y: ConstValue, intDiv: boolean): ConstValue {
  if (x.kind === 'unknown' || y.kind === 'unknown') return UNKNOWN;
  if (x.kind === 'bool' && y.kind === 'bool') {
    if (op === '&&') return { kind: 'bool', value: x.value && y.value };
    if (op === '||') return { kind: 'bool', value: x.value || y.value };
    return UNKNOWN;
  }
  if (x.kind === 'string' && y.kind === 'string') {
    if (op === '+') return { kind: 'string', value: x.value + y.value };
    return UNKNOWN;
  }
  if (x.kind === 'int' && y.kind === 'int' && (op !== '/' || intDiv)) {
    const a = x.value;
    const b = y.value;
    switch (op) {
      case '+': return { kind: 'int', value: a + b };
      case '-': return { kind: 'int', value: a - b };
      case '*': return { kind: 'int', value: a * b };
      case '/': return b === 0n ? UNKNOWN : { kind: 'int', value: a / b };
      case '%': return b === 0n ? UNKNOWN : { kind: 'int', value: a % b };
      case '&': return { kind: 'int', value: a & b };
      case '|': return { kind: 'int', value: a | b };
      case '^': return { kind: 'int', value: a ^ b };
      case '&^': return { kind: 'int', value: a & ~b };
    }
    return UNKNOWN;
  }
  const ra = toRat(x);
  const rb = toRat(y);
  if (!ra || !rb) return UNKNOWN;
  if (ra[0].toString().length + ra[1].toString().length + rb[0].toString().length + rb[1].toString().length > 20000) return UNKNOWN;
  switch (op) {
    case '+': return floatVal(ratNorm(ra[0] * rb[1] + rb[0] * ra[1], ra[1] * rb[1]));
    case '-': return floatVal(ratNorm(ra[0] * rb[1] - rb[0] * ra[1], ra[1] * rb[1]));
    case '*': return floatVal(ratNorm(ra[0] * rb[0], ra[1] * rb[1]));
    case '/': return rb[0] === 0n ? UNKNOWN : floatVal(ratNorm(ra[0] * rb[1], ra[1] * rb[0]));
  }
  return UNKNOWN;
}

/** shiftConst evaluates x << s or x >> s on an integer constant. */
export function shiftConst(x: ConstValue, op: string, s: bigint): ConstValue {
  const v = toInt(x);
  if (v === undefined) return UNKNOWN;
  return { kind: 'int', value: op === '<<' ? v << s : v >> s };
}

/** INT_RANGES gives the value range of each integer kind (int and uint are 64 bits). */
export const INT_RANGES: Record<string, [bigint, bigint]> = {
  int8: [-128n, 127n], int16: [-32768n, 32767n], int32: [-(2n ** 31n), 2n ** 31n - 1n], int64: [-(2n ** 63n), 2n ** 63n - 1n],
  int: [-(2n ** 63n), 2n ** 63n - 1n], uint8: [0n, 255n], uint16: [0n, 65535n], uint32: [0n, 2n ** 32n - 1n],
  uint64: [0n, 2n ** 64n - 1n], uint: [0n, 2n ** 64n - 1n], uintptr: [0n, 2n ** 64n - 1n],
};

/** representable checks v against basic kind k; returns the (possibly converted) value or why not. */
export function representable(v: ConstValue, k: string): { ok: true; value: ConstValue } | { ok: false; reason: 'overflows' | 'truncated' | 'mismatch' } {
  if (v.kind === 'unknown') return { ok: true, value: v };
  const range = INT_RANGES[k];
  if (range || k === 'untyped int' || k === 'untyped rune') {
    if (v.kind !== 'int' && v.kind !== 'float') return { ok: false, reason: 'mismatch' };
    const i = toInt(v);
    if (i === undefined) return { ok: false, reason: 'truncated' };
    if (range && (i < range[0] || i > range[1])) return { ok: false, reason: 'overflows' };
    return { ok: true, value: { kind: 'int', value: i } };
  }
  if (k === 'float32' || k === 'float64' || k === 'untyped float') {
    if (v.kind !== 'int' && v.kind !== 'float') return { ok: false, reason: 'mismatch' };
    const r = toRat(v);
    const f = r ? ratToNumber(r) : toFloat(v);
    const f32 = k === 'float32' ? (r ? ratToFloat32(r) : Math.fround(f)) : f;
    if (!Number.isFinite(f) || !Number.isFinite(f32)) {
      if (k === 'untyped float') return { ok: true, value: v.kind === 'float' ? v : { kind: 'float', value: f, rat: r } };
      return { ok: false, reason: 'overflows' };
    }
    if (k === 'untyped float') return { ok: true, value: v.kind === 'float' ? v : { kind: 'float', value: f, rat: r } };
    return { ok: true, value: { kind: 'float', value: f32 } };
  }
  if (k === 'complex64' || k === 'complex128') {
    if (v.kind !== 'int' && v.kind !== 'float') return { ok: false, reason: 'mismatch' };
    return { ok: true, value: v };
  }
  if (k === 'string' || k === 'untyped string') return v.kind === 'string' ? { ok: true, value: v } : { ok: false, reason: 'mismatch' };
  if (k === 'bool' || k === 'untyped bool') return v.kind === 'bool' ? { ok: true, value: v } : { ok: false, reason: 'mismatch' };
  return { ok: false, reason: 'mismatch' };
}
