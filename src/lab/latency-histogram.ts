/**
 * A streaming latency histogram for the Pool Lab's whole-run percentiles: constant memory (94 KiB) however
 * long the run, log-linear buckets in the style of HdrHistogram.
 *
 * Precision: durations are counted in whole microseconds; below 2048 µs every microsecond has its own
 * bucket, above it each power of two is split into 1024 buckets, so a bucket is at most 1/1024 of its
 * value wide. A quantile is reported as the middle of its bucket: within 0.5 µs or 0.05 % of the exact
 * nearest-rank value, whichever is larger (40.32 ms reads as 40.30–40.34 ms).
 */

const SUB_BITS = 10; // 1024 buckets per power of two above EXACT
const SUB = 1 << SUB_BITS;
const FIRST_EXP = SUB_BITS + 1;
const EXACT = 2 ** FIRST_EXP; // microseconds counted one by one
const MAX_US = 2 ** 31 - 1; // about 35 minutes: longer durations share the last bucket
const BUCKETS = EXACT + (31 - FIRST_EXP) * SUB;

function bucketOf(us: number): number {
  if (us < EXACT) return us;
  const e = 31 - Math.clz32(us); // FIRST_EXP..30
  const shift = e - SUB_BITS;
  return EXACT + (e - FIRST_EXP) * SUB + ((us >>> shift) - SUB);
}

/** bucketMiddleUs is the middle of a bucket's range, in microseconds. */
function bucketMiddleUs(b: number): number {
  if (b < EXACT) return b + 0.5;
  const e = FIRST_EXP + Math.floor((b - EXACT) / SUB);
  const shift = e - SUB_BITS;
  const lo = (SUB + ((b - EXACT) % SUB)) * 2 ** shift;
  return lo + 2 ** shift / 2;
}

/** LatencyHistogram counts request durations and answers nearest-rank quantiles to the precision above. */
export class LatencyHistogram {
  private readonly counts = new Uint32Array(BUCKETS);
  /** count is how many durations were recorded. */
  count = 0;

  /** record counts one duration given in nanoseconds. */
  record(ns: number): void {
    const us = ns <= 0 ? 0 : ns >= MAX_US * 1000 ? MAX_US : Math.floor(ns / 1000);
    this.counts[bucketOf(us)]++;
    this.count++;
  }

  /** quantileMs is the p-quantile (0..1) in milliseconds, nearest rank (the value at index floor(p·n) of the sorted durations); null when empty. */
  quantileMs(p: number): number | null {
    if (this.count === 0) return null;
    const rank = Math.min(this.count - 1, Math.floor(p * this.count));
    let seen = 0;
    for (let b = 0; b < BUCKETS; b++) {
      seen += this.counts[b];
      if (seen > rank) return bucketMiddleUs(b) / 1000;
    }
    return bucketMiddleUs(BUCKETS - 1) / 1000;
  }
}
