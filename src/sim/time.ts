/** Nanos is a virtual instant or duration in nanoseconds since the world started (exact to ~104 days). */
export type Nanos = number;

/** Nanosecond and its multiples are Go's time.Duration units, in Nanos. */
export const Nanosecond = 1;
/** Microsecond is 1000 Nanos. */
export const Microsecond = 1e3;
/** Millisecond is 1e6 Nanos. */
export const Millisecond = 1e6;
/** Second is 1e9 Nanos. */
export const Second = 1e9;
/** Minute is 60 seconds. */
export const Minute = 60 * Second;
/** Hour is 60 minutes. */
export const Hour = 60 * Minute;

/** EPOCH_UNIX_NANOS is the wall-clock instant of virtual time 0: 2000-01-01T00:00:00Z, testing/synctest's epoch. */
export const EPOCH_UNIX_NANOS = 946684800000000000n;

/** formatDuration renders a duration the way Go's time.Duration.String does (e.g. "1.5s", "200ms", "0s"). */
export function formatDuration(d: Nanos): string {
  if (d === 0) return '0s';
  const neg = d < 0;
  let u = Math.abs(Math.round(d));
  let out: string;
  if (u < Microsecond) out = `${u}ns`;
  else if (u < Millisecond) out = `${trim(u / Microsecond)}µs`;
  else if (u < Second) out = `${trim(u / Millisecond)}ms`;
  else {
    const h = Math.floor(u / Hour);
    u -= h * Hour;
    const m = Math.floor(u / Minute);
    u -= m * Minute;
    const s = `${trim(u / Second)}s`;
    out = h > 0 ? `${h}h${m}m${s}` : m > 0 ? `${m}m${s}` : s;
  }
  return neg ? `-${out}` : out;
}

function trim(x: number): string {
  return String(Number(x.toFixed(9)));
}
