/** UNIT_MS maps PromQL duration units to milliseconds. */
const UNIT_MS: Record<string, number> = { y: 365 * 86400e3, w: 7 * 86400e3, d: 86400e3, h: 3600e3, m: 60e3, s: 1e3, ms: 1 };

/** parseDuration reads a Prometheus duration such as `5m`, `1h30m` or `250ms`; it returns null when the text is not one. */
export function parseDuration(text: string): number | null {
  if (text === '' || text === '0') return text === '0' ? 0 : null;
  const re = /(\d+)(ms|y|w|d|h|m|s)/y;
  let total = 0;
  let at = 0;
  let lastRank = -1;
  const rank = ['y', 'w', 'd', 'h', 'm', 's', 'ms'];
  while (at < text.length) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) return null;
    const r = rank.indexOf(m[2]);
    if (r <= lastRank) return null; // units must appear largest first, each once
    lastRank = r;
    total += Number(m[1]) * UNIT_MS[m[2]];
    at = re.lastIndex;
  }
  return total;
}

/** formatDuration writes milliseconds the way Prometheus prints a duration (`1h30m`, `15s`, `0s`). */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  let rest = ms;
  let out = '';
  for (const [unit, size] of Object.entries(UNIT_MS)) {
    if (rest >= size) {
      const n = Math.floor(rest / size);
      out += `${n}${unit}`;
      rest -= n * size;
    }
  }
  return out;
}
