/**
 * time-layout: Time.Format with Go's reference layout (UTC only), Time.String, and ParseDuration. Callers use
 * time-format.ts, which calls this through time-hook.ts: under Node this module loads at once (time-layout.eager.ts);
 * in the browser it is the `go:timefmt` chunk, loaded when a program's syntax suggests it or after a run that needed it.
 */
import { timeHook } from './time-hook.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EPOCH_MS = 946684800000;
/** Y1_MS is 0001-01-01 00:00:00 UTC in Unix milliseconds (proleptic Gregorian, as Go and JavaScript's Date count). */
const Y1_MS = -62135596800000;
const p2 = (n: number) => String(n).padStart(2, '0');

/** formatTimeText formats virtual nanoseconds since 2000-01-01 UTC (since 0001-01-01 when `y1`) with a Go layout string. */
export function formatTimeText(ns: number, layout: string, y1 = false): string {
  const d = new Date((y1 ? Y1_MS : EPOCH_MS) + Math.floor(ns / 1e6));
  const frac = ((ns % 1e9) + 1e9) % 1e9;
  const Y = d.getUTCFullYear(), M = d.getUTCMonth(), D = d.getUTCDate(), h = d.getUTCHours(), m = d.getUTCMinutes(), sec = d.getUTCSeconds();
  const tokens: [string, () => string][] = [
    ['January', () => MONTHS[M]!], ['Monday', () => DAYS[d.getUTCDay()]!], ['2006', () => String(Y).padStart(4, '0')], ['Jan', () => MONTHS[M]!.slice(0, 3)],
    ['Mon', () => DAYS[d.getUTCDay()]!.slice(0, 3)], ['MST', () => 'UTC'], ['Z07:00', () => 'Z'], ['-07:00', () => '+00:00'], ['-0700', () => '+0000'],
    ['Z0700', () => 'Z'], ['-07', () => '+00'], ['01', () => p2(M + 1)], ['02', () => p2(D)], ['_2', () => String(D).padStart(2, ' ')], ['06', () => p2(Y % 100)],
    ['15', () => p2(h)], ['03', () => p2(h % 12 || 12)], ['04', () => p2(m)], ['05', () => p2(sec)], ['PM', () => (h >= 12 ? 'PM' : 'AM')],
    ['pm', () => (h >= 12 ? 'pm' : 'am')], ['002', () => String(yearDay(d)).padStart(3, '0')],
    ['1', () => String(M + 1)], ['2', () => String(D)], ['3', () => String(h % 12 || 12)], ['4', () => String(m)], ['5', () => String(sec)],
  ];
  let out = '';
  let i = 0;
  outer: while (i < layout.length) {
    const fr = /^[.,](0+|9+)/.exec(layout.slice(i));
    if (fr && !/\d/.test(layout[i + fr[0].length] ?? '')) {
      const n = fr[1]!.length;
      let digits = String(frac).padStart(9, '0').slice(0, n);
      if (fr[1]![0] === '9') { digits = digits.replace(/0+$/, ''); out += digits ? layout[i] + digits : ''; } else out += layout[i] + digits;
      i += fr[0].length;
      continue;
    }
    for (const [tok, f] of tokens) if (layout.startsWith(tok, i)) { out += f(); i += tok.length; continue outer; }
    out += layout[i];
    i++;
  }
  return out;
}

/** yearDay is the day of the year (1-366) of a UTC date; Date.UTC would read years 0-99 as 1900-1999. */
function yearDay(d: Date): number {
  const jan1 = new Date(d.getTime());
  jan1.setUTCMonth(0, 1);
  jan1.setUTCHours(0, 0, 0, 0);
  return Math.floor((d.getTime() - jan1.getTime()) / 864e5) + 1;
}

/** timeStringText is Time.String for a UTC time (`y1`: ns count from 0001-01-01). */
export function timeStringText(ns: number, y1 = false): string {
  return formatTimeText(ns, '2006-01-02 15:04:05.999999999 -0700 MST', y1);
}

const UNITS: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

/** parseDurationText is time.ParseDuration: [-+]?([0-9]*(\.[0-9]*)?[a-z]+)+ with Go's error text. */
export function parseDurationText(s0: string): [number, string | null] {
  const q = '"' + s0 + '"';
  let s = s0;
  let neg = false;
  if (s[0] === '-' || s[0] === '+') { neg = s[0] === '-'; s = s.slice(1); }
  if (s === '0') return [0, null];
  if (s === '') return [0, `time: invalid duration ${q}`];
  let total = 0;
  while (s !== '') {
    const num = /^(\d*)(\.(\d*))?/.exec(s)!;
    if (num[0] === '' || num[0] === '.') return [0, `time: invalid duration ${q}`];
    s = s.slice(num[0].length);
    const unit = /^[^\d.]*/.exec(s)![0];
    if (unit === '') return [0, `time: missing unit in duration ${q}`];
    const mul = UNITS[unit];
    if (mul === undefined) return [0, `time: unknown unit "${unit}" in duration ${q}`];
    s = s.slice(unit.length);
    total += Number(num[1] || '0') * mul + (num[3] ? Math.round(Number('0.' + num[3]) * mul) : 0);
  }
  if (total > 9223372036854775807) return [0, `time: invalid duration ${q}`];
  return [neg ? -total : total, null];
}

timeHook.format = formatTimeText;
timeHook.string = timeStringText;
timeHook.parseDuration = parseDurationText;
