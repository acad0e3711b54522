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

/** numberText is how MySQL writes a DOUBLE as text (shortest round-trip digits, `1e21` without a plus sign). */
function numberText(v: number): string {
  return String(v).replace('e+', 'e');
}

/** decimalText is how MySQL writes a DECIMAL with `decimals` digits after the point (`12.50`, `3.0000`). */
export function decimalText(v: SqlValue, decimals: number): string {
  if (typeof v === 'bigint') return decimals > 0 ? `${v}.${'0'.repeat(decimals)}` : String(v);
  if (typeof v === 'number') return Number.isInteger(v) && decimals === 0 ? numberText(v) : v.toFixed(decimals);
  return textOf(v);
}

function textOf(v: SqlValue): string {
  if (typeof v === 'number') return numberText(v);
  if (v instanceof Uint8Array) return String.fromCharCode(...v);
  return String(v);
}

/** intOf reads an integer column's value (SQLite may hold a REAL or TEXT there; MySQL would have stored an integer). */
function intOf(v: SqlValue): bigint | null {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') {
    if (Number.isInteger(v)) return BigInt(v);
    return Number.isFinite(v) ? BigInt(Math.sign(v) * Math.round(Math.abs(v))) : null;
  }
  const s = textOf(v).trim();
  return /^[+-]?\d+$/.test(s) ? BigInt(s) : null;
}

const MAX_INT64 = 9223372036854775807n;

/**
 * toDriverValue decodes a cell as go-sql-driver/mysql 1.9's textRows/binaryRows.readRow do, by the column's
 * field type: TINY/SHORT/INT24/LONG/YEAR are int64; LONGLONG is int64, or uint64 when UNSIGNED over the text
 * protocol (the binary protocol gives int64 up to MaxInt64 and the decimal text above); FLOAT is float32;
 * DOUBLE float64; DATE/DATETIME/TIMESTAMP time.Time with parseTime, else their text; everything else (DECIMAL,
 * strings, TIME, JSON, BIT, BLOB) []byte.
 */
export function toDriverValue(v: SqlValue, col: Column, binary: boolean, parseTime: boolean): Value {
  if (v === null) return null;
  switch (col.type) {
    case 'TINY': case 'SHORT': case 'INT24': case 'LONG': case 'YEAR': {
      const n = intOf(v);
      return n === null ? bytesOf(v) : n;
    }
    case 'LONGLONG': {
      const n = intOf(v);
      if (n === null) return bytesOf(v);
      if (!col.unsigned) return n;
      // The binary protocol gives int64 up to MaxInt64 and the decimal text above it.
      if (binary) return n <= MAX_INT64 ? n : enc.encode(String(n));
      return { kind: 'uint64', value: n };
    }
    case 'FLOAT': case 'DOUBLE': {
      const f = typeof v === 'number' ? v : Number(textOf(v));
      if (Number.isNaN(f)) return bytesOf(v);
      return col.type === 'FLOAT' ? { kind: 'float32', value: Math.fround(f) } : f;
    }
    case 'DATE': case 'DATETIME': case 'TIMESTAMP':
      if (parseTime && typeof v === 'string') return parseDatetime(v);
      return typeof v === 'string' && col.type !== 'DATE' ? enc.encode(fractionText(v, col.decimals ?? 0)) : bytesOf(v);
    case 'TIME':
      return typeof v === 'string' ? enc.encode(fractionText(v, col.decimals ?? 0)) : bytesOf(v);
    case 'NEWDECIMAL': case 'DECIMAL':
      return enc.encode(decimalText(v, col.decimals ?? 0));
  }
  return bytesOf(v);
}

/** fractionText writes a DATETIME/TIMESTAMP/TIME text with the column's fractional digits, as MySQL sends it (`05.678`, `05.000`). */
function fractionText(s: string, decimals: number): string {
  const m = /^(.*\d\d:\d\d:\d\d)(?:\.(\d+))?$/.exec(s);
  if (!m) return s;
  if (decimals === 0) return m[1]!;
  return `${m[1]}.${(m[2] ?? '').padEnd(decimals, '0').slice(0, decimals)}`;
}

function bytesOf(v: SqlValue): Uint8Array {
  return v instanceof Uint8Array ? v : enc.encode(textOf(v ?? ''));
}

const DATABASE_NAMES: Partial<Record<Column['type'], string>> = {
  TINY: 'TINYINT', SHORT: 'SMALLINT', INT24: 'MEDIUMINT', LONG: 'INT', LONGLONG: 'BIGINT', YEAR: 'YEAR', FLOAT: 'FLOAT',
  DOUBLE: 'DOUBLE', DECIMAL: 'DECIMAL', NEWDECIMAL: 'DECIMAL', DATE: 'DATE', DATETIME: 'DATETIME', TIMESTAMP: 'TIMESTAMP',
  TIME: 'TIME', JSON: 'JSON', BIT: 'BIT', NULL: 'NULL',
};

/** typeDatabaseName is the driver's mysqlField.typeDatabaseName: `INT`, `UNSIGNED BIGINT`, `VARCHAR`, `TEXT`, `BLOB`, `DECIMAL`, ... */
export function typeDatabaseName(col: Column): string {
  switch (col.type) {
    case 'VAR_STRING': return col.binary ? 'VARBINARY' : 'VARCHAR';
    case 'STRING': return col.binary ? 'BINARY' : 'CHAR';
    case 'BLOB': return col.binary ? 'BLOB' : 'TEXT';
    case 'TINY': case 'SHORT': case 'INT24': case 'LONG': case 'LONGLONG':
      return (col.unsigned ? 'UNSIGNED ' : '') + DATABASE_NAMES[col.type]!;
  }
  return DATABASE_NAMES[col.type] ?? '';
}

/** epochNanos converts virtual time to Unix nanoseconds. */
export function epochNanos(now: number): bigint {
  return EPOCH_UNIX_NANOS + BigInt(Math.round(now));
}
