import { isTimeValue, timeValue, type Value } from '../driver.ts';
import type { Column, SqlValue } from '../../mysql/sql-values.ts';
import { EPOCH_UNIX_NANOS } from '../../sim/time.ts';

/** utf8 encodes a string as UTF-8 bytes (the core has no TextEncoder); ASCII text takes a copy-free fast path. */
export function utf8(s: string): Uint8Array {
  const n = s.length;
  let ascii = true;
  for (let i = 0; i < n; i++) {
    if (s.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) b[i] = s.charCodeAt(i);
    return b;
  }
  const out: number[] = [];
  for (const ch of s) {
    let c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else { out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)); c = 0; }
  }
  return Uint8Array.from(out);
}

const enc = { encode: utf8 };

/** toServerValue converts a driver.Value argument to what the server stores. */
export function toServerValue(v: Value): SqlValue {
  if (v === null || typeof v === 'bigint' || typeof v === 'number' || typeof v === 'string' || v instanceof Uint8Array) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (isTimeValue(v)) return formatDatetime(v.unixNanos);
  return String(v);
}

/** formatDatetime renders Unix nanoseconds as MySQL's `YYYY-MM-DD HH:MM:SS[.ffffff]` (UTC). */
export function formatDatetime(unixNanos: bigint): string {
  const ms = Number(unixNanos / 1000000n);
  const iso = new Date(ms).toISOString();
  const micros = Number((unixNanos % 1000000000n) / 1000n);
  const base = `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  return micros ? `${base}.${String(micros).padStart(6, '0')}` : base;
}

function parseDatetime(s: string): Value {
  const m = s.match(/^(\d{4})-(\d\d)-(\d\d)(?: (\d\d):(\d\d):(\d\d)(?:\.(\d+))?)?$/);
  if (!m) return enc.encode(s);
  const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  const frac = m[7] ? BigInt(m[7].padEnd(9, '0').slice(0, 9)) : 0n;
  return timeValue(BigInt(ms) * 1000000n + frac);
}

function textOf(v: SqlValue): string {
  if (typeof v === 'number' && !Number.isInteger(v)) return String(v);
  return String(v);
}

/** toDriverValue converts a cell as the driver returns it: text protocol gives []byte, binary gives int64/float64/[]byte. */
export function toDriverValue(v: SqlValue, col: Column, binary: boolean, parseTime: boolean): Value {
  if (v === null) return null;
  if (v instanceof Uint8Array) return v;
  if (col.type === 'DATETIME' && typeof v === 'string' && parseTime) return parseDatetime(v);
  if (!binary) return enc.encode(textOf(v));
  if (col.type === 'LONGLONG' && (typeof v === 'number' || typeof v === 'bigint')) return BigInt(v);
  if (col.type === 'DOUBLE' && typeof v === 'number') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  if (typeof v === 'number') return v;
  return enc.encode(String(v));
}

/** epochNanos converts virtual time to Unix nanoseconds. */
export function epochNanos(now: number): bigint {
  return EPOCH_UNIX_NANOS + BigInt(Math.round(now));
}
