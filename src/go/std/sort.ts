/** sort: Ints, Strings, Float64s, Slice, SliceStable, Search, SearchInts (less functions are Go generators). */
import type { Slice } from '../runtime/slice.ts';
import type { Iface } from '../runtime/rtype.ts';

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

/** sortPackage builds package sort. */
export function sortPackage() {
  const sortPrim = (s: Slice | null) => { if (!s) return; const xs = s.a.slice(s.o, s.o + s.l).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)); for (let i = 0; i < xs.length; i++) s.a[s.o + i] = xs[i]; };
  const slice = function* (g: any, x: Iface | null, less: Less) {
    const s = x?.v as Slice | null;
    if (!s) return;
    yield* stableSort(g, s, s.l, less);
  };
  return {
    types: {},
    vars: {},
    funcs: {
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
