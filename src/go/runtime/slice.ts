/** slice: Go slices over JS arrays, with Go's append growth, aliasing and bounds panics. */
import { indexPanic, runtimePanic } from './panic.ts';
import { ALLOC } from './rtype.ts';

/** Slice is a non-nil slice: a window [o, o+l) of backing array a with capacity c (nil is `null`). */
export class Slice {
  /** Slice wraps a backing array window. */
  constructor(public a: any[], public o: number, public l: number, public c: number) {}
}

/** mkSlice builds a slice with len n and cap c filled with zero(). */
export function mkSlice(n: number, c: number, zero: () => any): Slice {
  ALLOC.n += c;
  const a = new Array(c);
  for (let i = 0; i < c; i++) a[i] = zero();
  return new Slice(a, 0, n, c);
}
/** fromArray wraps a fresh JS array as a slice. */
export function fromArray(a: any[]): Slice { return new Slice(a, 0, a.length, a.length); }

/** sget reads s[i] with Go's bounds check. */
export function sget(s: Slice | null, i: number): any {
  if (s === null || i < 0 || i >= s.l || i !== Math.floor(i)) throw indexPanic(i, s === null ? 0 : s.l);
  return s.a[s.o + i];
}
/** sset writes s[i] = v with Go's bounds check. */
export function sset(s: Slice | null, i: number, v: any): void {
  if (s === null || i < 0 || i >= s.l) throw indexPanic(i, s === null ? 0 : s.l);
  s.a[s.o + i] = v;
}
/** aget reads a[i] of an array with a bounds check. */
export function aget(a: any[], i: number): any {
  if (i < 0 || i >= a.length) throw indexPanic(i, a.length);
  return a[i];
}
/** aset writes a[i] = v of an array with a bounds check. */
export function aset(a: any[], i: number, v: any): void {
  if (i < 0 || i >= a.length) throw indexPanic(i, a.length);
  a[i] = v;
}
/** slen is len of a slice. */
export function slen(s: Slice | null): number { return s === null ? 0 : s.l; }
/** scap is cap of a slice. */
export function scap(s: Slice | null): number { return s === null ? 0 : s.c; }

function nextCap(old: number, need: number, elemSize: number): number {
  // Go 1.20+ growslice: double below 256, then grow by (n + 3*256)/4, then round up to a size class.
  let nc = old;
  const dbl = nc + nc;
  if (need > dbl) nc = need;
  else if (old < 256) nc = dbl;
  else { while (nc < need) nc += (nc + 3 * 256) >> 2; if (nc <= 0) nc = need; }
  return roundUpSize(nc, elemSize);
}

const sizeClasses = [0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768];
function roundUpSize(n: number, elemSize: number): number {
  if (elemSize <= 0) return n;
  const bytes = n * elemSize;
  if (bytes <= 32768) { for (const c of sizeClasses) if (c >= bytes) return Math.floor(c / elemSize); }
  const pages = Math.ceil(bytes / 8192) * 8192;
  return Math.floor(pages / elemSize);
}

/** append adds values to s, reallocating like Go when the capacity is exceeded (elemSize in bytes, zero for new cells). */
export function append(s: Slice | null, vals: any[], elemSize: number, zero: () => any): Slice | null {
  const n = vals.length;
  if (n === 0) return s;
  if (s === null) s = new Slice([], 0, 0, 0);
  const nl = s.l + n;
  if (nl <= s.c) {
    const base = s.o + s.l;
    for (let i = 0; i < n; i++) s.a[base + i] = vals[i];
    return new Slice(s.a, s.o, nl, s.c);
  }
  const nc = nextCap(s.c, nl, elemSize);
  ALLOC.n += nc;
  const a = new Array(nc);
  for (let i = 0; i < s.l; i++) a[i] = s.a[s.o + i];
  for (let i = 0; i < n; i++) a[s.l + i] = vals[i];
  for (let i = nl; i < nc; i++) a[i] = zero();
  return new Slice(a, 0, nl, nc);
}
/** append1 is append(s, v), the common case. */
export function append1(s: Slice | null, v: any, elemSize: number, zero: () => any): Slice {
  if (s !== null && s.l < s.c) { s.a[s.o + s.l] = v; return new Slice(s.a, s.o, s.l + 1, s.c); }
  return append(s, [v], elemSize, zero)!;
}
/** toArray copies the elements of a slice into a fresh JS array. */
export function toArray(s: Slice | null): any[] {
  if (s === null) return [];
  return s.a.slice(s.o, s.o + s.l);
}
/** copySlice is the copy builtin: copies min(len) elements (overlap-safe) and returns the count. */
export function copySlice(dst: Slice | null, src: Slice | null | string): number {
  if (dst === null || src === null) return 0;
  if (typeof src === 'string') {
    const n = Math.min(dst.l, src.length);
    for (let i = 0; i < n; i++) dst.a[dst.o + i] = src.charCodeAt(i);
    return n;
  }
  const n = Math.min(dst.l, src.l);
  if (dst.a === src.a && dst.o > src.o) for (let i = n - 1; i >= 0; i--) dst.a[dst.o + i] = src.a[src.o + i];
  else for (let i = 0; i < n; i++) dst.a[dst.o + i] = src.a[src.o + i];
  return n;
}

function boundsPanic(msg: string): never { throw runtimePanic(msg); }

/** sliceExpr is s[lo:hi:max] for slices (nil stays nil when all bounds are 0). */
export function sliceExpr(s: Slice | null, lo: number | undefined, hi: number | undefined, max: number | undefined): Slice | null {
  const cap = s === null ? 0 : s.c;
  const l = lo ?? 0;
  const h = hi ?? (s === null ? 0 : s.l);
  const m = max ?? cap;
  if (max !== undefined && (m < 0 || m > cap)) boundsPanic(`slice bounds out of range [::${m}] with capacity ${cap}`);
  if (h < 0 || h > m) boundsPanic(max !== undefined ? `slice bounds out of range [:${h}:${m}]` : `slice bounds out of range [:${h}] with capacity ${cap}`);
  if (l < 0 || l > h) boundsPanic(`slice bounds out of range [${l}:${h}]`);
  if (s === null) return null;
  return new Slice(s.a, s.o + l, h - l, m - l);
}
/** sliceArray is a[lo:hi:max] for an array (the slice aliases the array). */
export function sliceArray(a: any[], lo: number | undefined, hi: number | undefined, max: number | undefined): Slice {
  return sliceExpr(new Slice(a, 0, a.length, a.length), lo, hi, max)!;
}
/** sliceString is s[lo:hi] for strings. */
export function sliceString(s: string, lo: number | undefined, hi: number | undefined): string {
  const l = lo ?? 0;
  const h = hi ?? s.length;
  if (h < 0 || h > s.length) boundsPanic(`slice bounds out of range [:${h}] with length ${s.length}`);
  if (l < 0 || l > h) boundsPanic(`slice bounds out of range [${l}:${h}]`);
  return s.substring(l, h);
}
/** strIndex is s[i] for strings (a byte). */
export function strIndex(s: string, i: number): number {
  if (i < 0 || i >= s.length) throw indexPanic(i, s.length);
  return s.charCodeAt(i);
}
