import { newError, type GoError } from '../../sim/errors.ts';
import type { Nanos } from '../../sim/time.ts';

const UNITS: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

function quote(s: string): string {
  return JSON.stringify(s);
}

/** parseGoDuration is time.ParseDuration with Go's error text. */
export function parseGoDuration(s: string): [Nanos, GoError | null] {
  const orig = s;
  let neg = false;
  if (s[0] === '-' || s[0] === '+') { neg = s[0] === '-'; s = s.slice(1); }
  if (s === '0') return [0, null];
  if (s === '') return [0, newError(`time: invalid duration ${quote(orig)}`)];
  let total = 0;
  while (s !== '') {
    const m = s.match(/^(\d*)(\.\d*)?/);
    if (!m || (m[1] === '' && (m[2] === undefined || m[2] === '.'))) return [0, newError(`time: invalid duration ${quote(orig)}`)];
    s = s.slice(m[0].length);
    const u = s.match(/^[^\d.]*/)![0];
    if (u === '') return [0, newError(`time: missing unit in duration ${quote(orig)}`)];
    const unit = UNITS[u];
    if (unit === undefined) return [0, newError(`time: unknown unit ${quote(u)} in duration ${quote(orig)}`)];
    s = s.slice(u.length);
    total += Number(`${m[1] || '0'}${m[2] ?? ''}`) * unit;
  }
  return [Math.round(neg ? -total : total), null];
}
