/**
 * Selection of one order statistic in linear expected time (Wirth's variant of Hoare's FIND), for the Pool
 * Lab's per-window p50/p99: the value a full sort would put at that index, without sorting the window.
 */

/** selectInPlace reorders a so that a[k] holds the value a numeric ascending sort would put there, and returns it. */
export function selectInPlace(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const x = a[k]!;
    let i = lo;
    let j = hi;
    do {
      while (a[i]! < x) i++;
      while (x < a[j]!) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    } while (i <= j);
    if (j < k) lo = i;
    if (k < i) hi = j;
  }
  return a[k]!;
}

/**
 * nearestRank is the p-quantile (0..1) of the values by nearest rank: the value at index floor(p·n) (at most
 * n-1) of the ascending order; null when there are none. It reorders the array (a window buffer, reused).
 */
export function nearestRank(a: Float64Array, p: number): number | null {
  const n = a.length;
  if (n === 0) return null;
  return selectInPlace(a, Math.min(n - 1, Math.floor(p * n)));
}
