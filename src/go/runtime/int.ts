/** int: exact Go integer arithmetic. 64-bit kinds (int, int64, uint, uint64, uintptr) are JS numbers while they are
 * safe integers and BigInts beyond that (always normalised, so `===` and Map keys work); 32-bit and smaller kinds
 * are plain numbers wrapped with bit operations. */

const MAXS = Number.MAX_SAFE_INTEGER;
const B64 = 1n << 64n;
const I64MIN = -(1n << 63n);
const I64MAX = (1n << 63n) - 1n;

/** Int64 is a 64-bit Go integer value: a safe-integer number or a BigInt outside that range. */
export type Int64 = number | bigint;

/** norm turns a BigInt back into a number when it is a safe integer. */
export function norm(b: bigint): Int64 {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}
/** wrapS64 wraps a BigInt to int64 and normalises it. */
export function wrapS64(b: bigint): Int64 {
  if (b < I64MIN || b > I64MAX) b = BigInt.asIntN(64, b);
  return norm(b);
}
/** wrapU64 wraps a BigInt to uint64 and normalises it. */
export function wrapU64(b: bigint): Int64 {
  if (b < 0n || b >= B64) b = BigInt.asUintN(64, b);
  return norm(b);
}
const big = (x: Int64): bigint => (typeof x === 'bigint' ? x : BigInt(x));

/** add64 is int64 addition with wrap-around. */
export function add64(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') { const r = a + b; if (r <= MAXS && r >= -MAXS) return r; }
  return wrapS64(big(a) + big(b));
}
/** sub64 is int64 subtraction with wrap-around. */
export function sub64(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') { const r = a - b; if (r <= MAXS && r >= -MAXS) return r; }
  return wrapS64(big(a) - big(b));
}
/** mul64 is int64 multiplication with wrap-around. */
export function mul64(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') { const r = a * b; if (r <= MAXS && r >= -MAXS) return r; }
  return wrapS64(big(a) * big(b));
}
/** addU64 is uint64 addition with wrap-around. */
export function addU64(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') { const r = a + b; if (r <= MAXS) return r; }
  return wrapU64(big(a) + big(b));
}
/** subU64 is uint64 subtraction with wrap-around. */
export function subU64(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') { const r = a - b; if (r >= 0) return r; }
  return wrapU64(big(a) - big(b));
}
/** mulU64 is uint64 multiplication with wrap-around. */
export function mulU64(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') { const r = a * b; if (r <= MAXS) return r; }
  return wrapU64(big(a) * big(b));
}
/** quo64 is truncated integer division (the divisor was checked for zero); signed wraps MinInt64/-1. */
export function quo64(a: Int64, b: Int64, unsigned: boolean): Int64 {
  if (typeof a === 'number' && typeof b === 'number' && a <= 2147483647 && a >= -2147483648) return Math.trunc(a / b) + 0;
  const r = big(a) / big(b);
  return unsigned ? wrapU64(r) : wrapS64(r);
}
/** rem64 is the remainder with the sign of the dividend, as Go defines it. */
export function rem64(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') return (a % b) + 0;
  return norm(big(a) % big(b));
}
/** neg64 negates with wrap-around (signed) or modulo 2^64 (unsigned). */
export function neg64(a: Int64, unsigned: boolean): Int64 {
  if (unsigned) return a === 0 ? 0 : wrapU64(-big(a));
  if (typeof a === 'number' && a !== 0) return -a;
  return a === 0 ? 0 : wrapS64(-big(a));
}
/** bit64 applies &, |, ^, &^ to 64-bit values. */
export function bit64(op: string, a: Int64, b: Int64, unsigned: boolean): Int64 {
  if (typeof a === 'number' && typeof b === 'number' && a >= -2147483648 && a <= 2147483647 && b >= -2147483648 && b <= 2147483647 && !unsigned) {
    switch (op) { case '&': return a & b; case '|': return a | b; case '^': return a ^ b; default: return a & ~b; }
  }
  const x = big(a), y = big(b);
  let r: bigint;
  switch (op) { case '&': r = x & y; break; case '|': r = x | y; break; case '^': r = x ^ y; break; default: r = x & ~y; }
  return unsigned ? wrapU64(r) : wrapS64(r);
}
/** xor64, and64, or64, andNot64 are bit64 specialised per operator (fast when both operands fit in int32). */
export function xor64(a: Int64, b: Int64, unsigned: boolean): Int64 {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b && !unsigned) return a ^ b;
  return bit64('^', a, b, unsigned);
}
/** and64 is a & b on 64-bit values. */
export function and64(a: Int64, b: Int64, unsigned: boolean): Int64 {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b && (!unsigned || (a >= 0 && b >= 0))) return a & b;
  return bit64('&', a, b, unsigned);
}
/** or64 is a | b on 64-bit values. */
export function or64(a: Int64, b: Int64, unsigned: boolean): Int64 {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b && !unsigned) return a | b;
  return bit64('|', a, b, unsigned);
}
/** andNot64 is a &^ b on 64-bit values. */
export function andNot64(a: Int64, b: Int64, unsigned: boolean): Int64 {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b && !unsigned) return a & ~b;
  return bit64('&^', a, b, unsigned);
}
const POW2: number[] = [];
for (let i = 0; i < 64; i++) POW2.push(Math.pow(2, i));
/** shr64k is a >> k for a constant count k < 64. */
export function shr64k(a: Int64, k: number, unsigned: boolean): Int64 {
  if (typeof a === 'number') return Math.floor(a / POW2[k]!) + 0;
  return shr64(a, k, unsigned);
}

/** compl64 is bitwise complement ^x. */
export function compl64(a: Int64, unsigned: boolean): Int64 {
  return unsigned ? wrapU64(~big(a)) : wrapS64(~big(a));
}
/** shl64 is a left shift by a non-negative count. */
export function shl64(a: Int64, n: Int64, unsigned: boolean): Int64 {
  if (typeof a === 'number' && typeof n === 'number' && n < 53) {
    const r = a * POW2[n]!;
    if (r <= MAXS && r >= (unsigned ? 0 : -MAXS)) return r;
  }
  const c = big(n);
  if (c >= 64n) return 0;
  return unsigned ? wrapU64(big(a) << c) : wrapS64(big(a) << c);
}
/** shr64 is a right shift by a non-negative count (arithmetic for signed values). */
export function shr64(a: Int64, n: Int64, unsigned: boolean): Int64 {
  if (typeof a === 'number' && typeof n === 'number' && n < 64) return Math.floor(a / POW2[n]!) + 0;
  const c = big(n);
  if (c >= 64n) return unsigned ? 0 : (big(a) < 0n ? -1 : 0);
  return norm(big(a) >> c);
}

/** wrapSmall wraps a number (an exact integer, possibly large) to a sized integer kind of at most 32 bits. */
export function wrapSmall(kind: string, x: number): number {
  switch (kind) {
    case 'int8': return (x << 24) >> 24;
    case 'int16': return (x << 16) >> 16;
    case 'int32': return x | 0;
    case 'uint8': return x & 0xff;
    case 'uint16': return x & 0xffff;
    case 'uint32': return x >>> 0;
  }
  return x;
}

/** convInt converts any integer or float value to the integer kind `kind` (Go conversion semantics). */
export function convInt(kind: string, x: Int64 | number): Int64 {
  if (typeof x === 'number' && !Number.isInteger(x)) x = Math.trunc(x);
  switch (kind) {
    case 'int': case 'int64':
      if (typeof x === 'number') { if (x <= MAXS && x >= -MAXS) return x; return wrapS64(BigInt(x)); }
      return wrapS64(x);
    case 'uint': case 'uint64': case 'uintptr':
      if (typeof x === 'number') { if (x >= 0 && x <= MAXS) return x; return wrapU64(BigInt(x)); }
      return wrapU64(x);
  }
  if (typeof x === 'bigint') x = Number(BigInt.asIntN(32, x));
  else if (x > 4294967295 || x < -4294967296) x = Number(BigInt.asIntN(32, BigInt(x)));
  return wrapSmall(kind, x);
}

/** toFloat converts an integer value to a float64. */
export function toFloat(x: Int64): number {
  return typeof x === 'number' ? x : Number(x);
}

/** toNum converts a value known to be small (an index, a length) to a JS number. */
export function toNum(x: Int64): number {
  return typeof x === 'number' ? x : Number(x);
}
