/** sort: Ints, Strings, Float64s, Slice, SliceStable, Search, SearchInts (less functions are Go generators). */
import type { Slice } from '../runtime/slice.ts';
import { basic, hostType, named, ptrTo, sliceOf, type Iface, type RType } from '../runtime/rtype.ts';
import { nilPanic } from '../runtime/panic.ts';

type Less = (g: any, i: number, j: number) => Generator<unknown, boolean, unknown>;

function* insertionSort(g: any, s: Slice, a: number, b: number, less: Less): Generator<unknown, void, unknown> {
  for (let i = a + 1; i < b; i++) {
    for (let j = i; j > a && (yield* less(g, j, j - 1)); j--) swap(s, j, j - 1);
  }
}
function swap(s: Slice, i: number, j: number): void { const t = s.a[s.o + i]; s.a[s.o + i] = s.a[s.o + j]; s.a[s.o + j] = t; }

function* stableSort(g: any, s: Slice, n: number, less: Less): Generator<unknown, void, unknown> {
  // Go's stable sort: insertion sort on blocks of 20, then SymMerge; a straightforward stable merge gives the same result.
  let block = 20;
  let a = 0;
  while (a < n) { const b = Math.min(a + block, n); yield* insertionSort(g, s, a, b, less); a = b; }
  while (block < n) {
    for (let lo = 0; lo + block < n; lo += 2 * block) yield* merge(g, s, lo, lo + block, Math.min(lo + 2 * block, n), less);
    block *= 2;
  }
}
function* merge(g: any, s: Slice, lo: number, mid: number, hi: number, less: Less): Generator<unknown, void, unknown> {
  // rotate-based stable merge using index comparisons on the live slice
  let i = lo, j = mid;
  while (i < j && j < hi) {
    if (yield* less(g, j, i)) {
      const v = s.a[s.o + j];
      for (let k = j; k > i; k--) s.a[s.o + k] = s.a[s.o + k - 1];
      s.a[s.o + i] = v;
      j++;
    }
    i++;
  }
}

type M = (g: any, v: any, ...a: any[]) => Generator<unknown, any, unknown>;
function* sortIface(g: any, x: Iface | null, stable: boolean): Generator<unknown, void, unknown> {
  if (x === null) throw nilPanic();
  const len = x.t.methods.get('Len') as M, lessM = x.t.methods.get('Less') as M, swapM = x.t.methods.get('Swap') as M;
  const n = Number(yield* len(g, x.v));
  const less = (g2: any, i: number, j: number) => lessM(g2, x.v, i, j) as Generator<unknown, boolean, unknown>;
  // insertion sort on blocks of 20, then in-place merges by rotation using only Less and Swap (like sort.Stable)
  let block = 20;
  for (let a = 0; a < n; a += block) {
    const b = Math.min(a + block, n);
    for (let i = a + 1; i < b; i++) for (let j = i; j > a && (yield* less(g, j, j - 1)); j--) yield* swapM(g, x.v, j, j - 1);
  }
  void stable;
  while (block < n) {
    for (let lo = 0; lo + block < n; lo += 2 * block) {
      let i = lo, j = lo + block;
      const hi = Math.min(lo + 2 * block, n);
      while (i < j && j < hi) {
        if (yield* less(g, j, i)) { for (let k = j; k > i; k--) yield* swapM(g, x.v, k, k - 1); j++; }
        i++;
      }
    }
    block *= 2;
  }
}
function sliceType(name: string, elem: RType, cmp: (a: any, b: any) => boolean): RType {
  const t = named('sort', name, sliceOf(elem));
  t.methods.set('Len', function* (_g: any, s: Slice | null) { return s ? s.l : 0; });
  t.methods.set('Less', function* (_g: any, s: Slice, i: number, j: number) { return cmp(s.a[s.o + i], s.a[s.o + j]); });
  t.methods.set('Swap', function* (_g: any, s: Slice, i: number, j: number) { swap(s, i, j); });
  t.methods.set('Sort', function* (g: any, s: Slice | null) { yield* sortIface(g, { t, v: s }, false); });
  for (const [k, m] of t.methods) ptrTo(t).methods.set(k, (g: any, p: any, ...a: any[]) => m(g, p.v, ...a));
  return t;
}
const reverseT: RType = hostType('sort', 'reverse', () => null);
reverseT.str = '*sort.reverse';
reverseT.methods.set('Len', function* (g: any, r: Iface) { return yield* (r.t.methods.get('Len') as M)(g, r.v); });
reverseT.methods.set('Less', function* (g: any, r: Iface, i: number, j: number) { return yield* (r.t.methods.get('Less') as M)(g, r.v, j, i); });
reverseT.methods.set('Swap', function* (g: any, r: Iface, i: number, j: number) { yield* (r.t.methods.get('Swap') as M)(g, r.v, i, j); });

/** sortPackage builds package sort. */
export function sortPackage() {
  const fless = (a: number, b: number) => a < b || (Number.isNaN(a) && !Number.isNaN(b));
  const sortPrim = (s: Slice | null) => { if (!s) return; const xs = s.a.slice(s.o, s.o + s.l).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)); for (let i = 0; i < xs.length; i++) s.a[s.o + i] = xs[i]; };
  const slice = function* (g: any, x: Iface | null, less: Less) {
    const s = x?.v as Slice | null;
    if (!s) return;
    yield* stableSort(g, s, s.l, less);
  };
  return {
    types: { IntSlice: sliceType('IntSlice', basic.int, (a, b) => a < b), StringSlice: sliceType('StringSlice', basic.string, (a, b) => a < b), Float64Slice: sliceType('Float64Slice', basic.float64, fless) },
    vars: {},
    funcs: {
      Sort: function* (g: any, x: Iface | null) { yield* sortIface(g, x, false); },
      Stable: function* (g: any, x: Iface | null) { yield* sortIface(g, x, true); },
      IsSorted: function* (g: any, x: Iface | null) {
        if (x === null) throw nilPanic();
        const n = Number(yield* (x.t.methods.get('Len') as M)(g, x.v));
        for (let i = n - 1; i > 0; i--) if (yield* (x.t.methods.get('Less') as M)(g, x.v, i, i - 1)) return false;
        return true;
      },
      Reverse: (_g: any, x: Iface | null) => ({ t: reverseT, v: x }),
      SliceIsSorted: function* (g: any, x: Iface | null, less: Less) { const s = x?.v as Slice | null; const n = s ? s.l : 0; for (let i = n - 1; i > 0; i--) if (yield* less(g, i, i - 1)) return false; return true; },
      SearchStrings: (_g: any, s: Slice | null, x: string) => { let lo = 0, hi = s ? s.l : 0; while (lo < hi) { const m = (lo + hi) >> 1; if (s!.a[s!.o + m] < x) lo = m + 1; else hi = m; } return lo; },
      StringsAreSorted: (_g: any, s: Slice | null) => { if (!s) return true; for (let i = 1; i < s.l; i++) if (s.a[s.o + i] < s.a[s.o + i - 1]) return false; return true; },
      Ints: (_g: any, s: Slice | null) => sortPrim(s),
      Strings: (_g: any, s: Slice | null) => sortPrim(s),
      Float64s: (_g: any, s: Slice | null) => { if (!s) return; const xs = s.a.slice(s.o, s.o + s.l).sort((x, y) => (Number.isNaN(x) ? -1 : Number.isNaN(y) ? 1 : x - y)); for (let i = 0; i < xs.length; i++) s.a[s.o + i] = xs[i]; },
      Slice: slice,
      SliceStable: slice,
      IntsAreSorted: (_g: any, s: Slice | null) => { if (!s) return true; for (let i = 1; i < s.l; i++) if (s.a[s.o + i] < s.a[s.o + i - 1]) return false; return true; },
      SearchInts: (_g: any, s: Slice | null, x: number) => { let lo = 0, hi = s ? s.l : 0; while (lo < hi) { const m = (lo + hi) >> 1; if (s!.a[s!.o + m] < x) lo = m + 1; else hi = m; } return lo; },
      Search: function* (g: any, n: number, f: (g: any, i: number) => Generator<unknown, boolean, unknown>) { let lo = 0, hi = Number(n); while (lo < hi) { const m = (lo + hi) >> 1; if (!(yield* f(g, m))) lo = m + 1; else hi = m; } return lo; },
    },
  };
}
