/** Labels is a series' label set, the metric name under `__name__`. */
export type Labels = Record<string, string>;

/** Sample is one value of a series at a time in milliseconds. */
export interface Sample { t: number; v: number }

/** Series is a labelled time series, its samples sorted by time. */
export interface Series { labels: Labels; samples: Sample[] }

/** labelsKey is a canonical string for a label set (sorted names), used to group and match series. */
export function labelsKey(labels: Labels): string {
  return Object.keys(labels).sort().map((k) => `${k}=${JSON.stringify(labels[k])}`).join(',');
}

/** formatLabels prints a label set as PromQL does: `name{a="1", b="2"}`. */
export function formatLabels(labels: Labels): string {
  const { __name__: name, ...rest } = labels;
  const inner = Object.keys(rest).sort().map((k) => `${k}=${JSON.stringify(rest[k])}`).join(', ');
  return `${name ?? ''}{${inner}}`;
}

/** lastIndexAtOrBefore returns the index of the last sample with time <= t, or -1 (binary search). */
export function lastIndexAtOrBefore(samples: Sample[], t: number): number {
  let lo = 0;
  let hi = samples.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (samples[mid].t <= t) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}

/** firstIndexAtOrAfter returns the index of the first sample with time >= t (samples.length if none). */
export function firstIndexAtOrAfter(samples: Sample[], t: number): number {
  let lo = 0;
  let hi = samples.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (samples[mid].t < t) lo = mid + 1; else hi = mid;
  }
  return lo;
}
