/**
 * Scan destinations and database/sql's convertAssign rules, with Go's exact error texts. A destination
 * is plain tagged data describing the Go pointer passed to Scan (`&x` where x is an int, a string, a
 * sql.NullString, ...) plus a setter that receives the converted value:
 * - int kinds and uint kinds: a bigint (range-checked for the kind's size);
 * - float32/float64: a number; string: a string; bytes/rawBytes: a Uint8Array copy, or null for nil;
 * - bool: a boolean; time: a TimeValue; any: the driver.Value itself (bytes copied);
 * - null kinds (sql.NullString, ...): `{ valid, value }` with the zero value when invalid;
 * - `ptr: true` (a `**T`, e.g. `var s *string; Scan(&s)`): null for NULL, else the value as above.
 */
import { newError, type GoError } from '../sim/errors.ts';
import { isTimeValue, type Float32Value, type TimeValue, type Uint64Value, type Value } from './driver.ts';
import { errNilPtr, goQuote } from './errors.ts';
import { utf8Decode, utf8Encode } from './utf8.ts';

/** ScanKind is the Go type a Scan destination points to. */
export type ScanKind =
  | 'int' | 'int8' | 'int16' | 'int32' | 'int64'
  | 'uint' | 'uint8' | 'uint16' | 'uint32' | 'uint64'
  | 'float32' | 'float64'
  | 'string' | 'bytes' | 'rawBytes' | 'bool' | 'time' | 'any'
  | 'nullString' | 'nullInt64' | 'nullInt32' | 'nullInt16' | 'nullByte' | 'nullFloat64' | 'nullBool' | 'nullTime';

/** ScanDest is one argument of Rows.Scan: the pointed-to Go type and a setter. */
export interface ScanDest {
  kind: ScanKind;
  set(v: unknown): void;
  /** ptr: the destination is a pointer to a pointer (`**T`); NULL stores nil. */
  ptr?: boolean;
  /** nil: the destination pointer itself is nil. */
  nil?: boolean;
}

/** NullValue is what a null kind's setter receives. */
export interface NullValue<T> {
  valid: boolean;
  value: T;
}

const INT_BITS: Record<string, number> = { int: 64, int8: 8, int16: 16, int32: 32, int64: 64 };
const UINT_BITS: Record<string, number> = { uint: 64, uint8: 8, uint16: 16, uint32: 32, uint64: 64 };

const GO_TYPE: Record<ScanKind, string> = {
  int: 'int', int8: 'int8', int16: 'int16', int32: 'int32', int64: 'int64',
  uint: 'uint', uint8: 'uint8', uint16: 'uint16', uint32: 'uint32', uint64: 'uint64',
  float32: 'float32', float64: 'float64', string: 'string', bytes: '[]uint8', rawBytes: 'sql.RawBytes',
  bool: 'bool', time: 'time.Time', any: 'interface {}',
  nullString: 'sql.NullString', nullInt64: 'sql.NullInt64', nullInt32: 'sql.NullInt32', nullInt16: 'sql.NullInt16',
  nullByte: 'sql.NullByte', nullFloat64: 'sql.NullFloat64', nullBool: 'sql.NullBool', nullTime: 'sql.NullTime',
};

/** destTypeName is Go's %T of the destination pointer (e.g. `*int`, `**string`, `*sql.NullString`). */
export function destTypeName(d: ScanDest): string {
  return (d.ptr ? '**' : '*') + GO_TYPE[d.kind];
}

/** isUint64Value reports whether a driver value is a uint64 (the mysql driver's UNSIGNED BIGINT). */
export function isUint64Value(v: unknown): v is Uint64Value {
  return typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'uint64' && !(v instanceof Uint8Array);
}

/** isFloat32Value reports whether a driver value is a float32 (the mysql driver's FLOAT). */
export function isFloat32Value(v: unknown): v is Float32Value {
  return typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'float32' && !(v instanceof Uint8Array);
}

/** valueTypeName is Go's %T of a driver.Value (`int64`, `[]uint8`, `<nil>`, ...). */
export function valueTypeName(v: Value): string {
  if (v === null) return '<nil>';
  if (typeof v === 'bigint') return 'int64';
  if (typeof v === 'number') return 'float64';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'string';
  if (v instanceof Uint8Array) return '[]uint8';
  if (isUint64Value(v)) return 'uint64';
  if (isFloat32Value(v)) return 'float32';
  return 'time.Time';
}

const utf8 = { decode: utf8Decode };
const utf8enc = { encode: utf8Encode };

/** formatFloat is strconv.FormatFloat(f, 'g', -1, 64). */
export function formatFloat(f: number, bits: 32 | 64 = 64): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const x = bits === 32 ? shortest32(f) : f.toExponential();
  const [mant, expS] = x.split('e');
  const exp = Number(expS);
  const digits = mant!.replace('-', '').replace('.', '');
  const neg = f < 0 ? '-' : '';
  if (exp < -4 || exp >= 6) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp);
    return `${neg}${m}e${exp < 0 ? '-' : '+'}${e < 10 ? '0' : ''}${e}`;
  }
  if (exp < 0) return `${neg}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${neg}${digits}${'0'.repeat(exp + 1 - digits.length)}`;
  return `${neg}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

function shortest32(f: number): string {
  const t = Math.fround(f);
  for (let p = 1; p <= 9; p++) {
    const s = t.toExponential(p - 1);
    if (Math.fround(Number(s)) === t) return s;
  }
  return t.toExponential();
}

/** formatRFC3339Nano is time.Time.Format(time.RFC3339Nano) in UTC. */
export function formatRFC3339Nano(t: TimeValue): string {
  const ns = t.unixNanos;
  let sec = ns / 1_000_000_000n;
  let frac = ns % 1_000_000_000n;
  if (frac < 0n) {
    frac += 1_000_000_000n;
    sec -= 1n;
  }
  const iso = new Date(Number(sec) * 1000).toISOString().slice(0, 19);
  const f = frac === 0n ? '' : '.' + frac.toString().padStart(9, '0').replace(/0+$/, '');
  return `${iso}${f}Z`;
}

function timeString(t: TimeValue): string {
  return formatRFC3339Nano(t).replace('T', ' ').replace('Z', ' +0000 UTC');
}

/** asString is database/sql's asString. */
export function asString(v: Value): string {
  if (typeof v === 'string') return v;
  if (v instanceof Uint8Array) return utf8.decode(v);
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return formatFloat(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v === null) return '<nil>';
  if (isUint64Value(v)) return v.value.toString();
  if (isFloat32Value(v)) return formatFloat(v.value, 32);
  return timeString(v);
}

function parseIntGo(s: string, bits: number, unsigned: boolean): bigint | 'invalid syntax' | 'value out of range' {
  const re = unsigned ? /^[0-9]+$/ : /^[+-]?[0-9]+$/;
  if (!re.test(s)) return 'invalid syntax';
  const n = BigInt(s);
  if (unsigned) return n < 2n ** BigInt(bits) ? n : 'value out of range';
  const lim = 2n ** BigInt(bits - 1);
  return n >= -lim && n < lim ? n : 'value out of range';
}

function parseFloatGo(s: string, bits: number): number | 'invalid syntax' | 'value out of range' {
  const low = s.toLowerCase();
  if (/^[+-]?(inf|infinity)$/.test(low)) return low.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/.test(low)) return NaN;
  if (!/^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(s)) return 'invalid syntax';
  const f = bits === 32 ? Math.fround(Number(s)) : Number(s);
  return Number.isFinite(f) ? f : 'value out of range';
}

function parseBoolGo(s: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  return undefined;
}

function cloneBytes(b: Uint8Array): Uint8Array {
  return new Uint8Array(b);
}

function err(text: string): GoError {
  return newError(text);
}

/** convertAssign is database/sql's convertAssignRows for the destination kinds the Go runtime has. */
export function convertAssign(d: ScanDest, src: Value): GoError | null {
  if (d.nil) return errNilPtr;
  if (d.ptr) {
    if (src === null) {
      d.set(null);
      return null;
    }
    return convertAssign({ kind: d.kind, set: (v) => d.set(v) }, src);
  }
  const k = d.kind;
  // The direct cases of convertAssignRows' first switch.
  if (typeof src === 'string') {
    if (k === 'string') return d.set(src), null;
    if (k === 'bytes' || k === 'rawBytes') return d.set(utf8enc.encode(src)), null;
  } else if (src instanceof Uint8Array) {
    if (k === 'string') return d.set(utf8.decode(src)), null;
    if (k === 'any' || k === 'bytes' || k === 'rawBytes') return d.set(cloneBytes(src)), null;
  } else if (isUint64Value(src) || isFloat32Value(src)) {
    // Not in convertAssignRows' first switch: the reflection cases below handle them.
  } else if (isTimeValue(src)) {
    if (k === 'time') return d.set(src), null;
    if (k === 'string') return d.set(formatRFC3339Nano(src)), null;
    if (k === 'bytes' || k === 'rawBytes') return d.set(utf8enc.encode(formatRFC3339Nano(src))), null;
  } else if (src === null) {
    if (k === 'any' || k === 'bytes' || k === 'rawBytes') return d.set(null), null;
  }
  // The reflection-based second half.
  switch (k) {
    case 'string':
      if (isNumeric(src) || typeof src === 'boolean') return d.set(asString(src)), null;
      break;
    case 'bytes':
    case 'rawBytes':
      if (isNumeric(src) || typeof src === 'boolean') return d.set(utf8enc.encode(asString(src))), null;
      break;
    case 'bool':
      return convertBool(d, src);
    case 'any':
      d.set(src);
      return null;
    case 'nullString':
    case 'nullInt64':
    case 'nullInt32':
    case 'nullInt16':
    case 'nullByte':
    case 'nullFloat64':
    case 'nullBool':
    case 'nullTime':
      return scanNull(d, src);
  }
  if (k in INT_BITS || k in UINT_BITS) {
    if (k === 'int64' && typeof src === 'bigint') return d.set(src), null;
    if (k === 'uint64' && isUint64Value(src)) return d.set(src.value), null;
    if (src === null) return err(`converting NULL to ${k} is unsupported`);
    const s = asString(src);
    const r = parseIntGo(s, INT_BITS[k] ?? UINT_BITS[k]!, k in UINT_BITS);
    if (typeof r === 'string') return err(`converting driver.Value type ${valueTypeName(src)} (${goQuote(s)}) to a ${k}: ${r}`);
    d.set(r);
    return null;
  }
  if (k === 'float32' || k === 'float64') {
    if (k === 'float64' && typeof src === 'number') return d.set(src), null;
    if (k === 'float32' && isFloat32Value(src)) return d.set(src.value), null;
    if (src === null) return err(`converting NULL to ${k} is unsupported`);
    const s = asString(src);
    const r = parseFloatGo(s, k === 'float32' ? 32 : 64);
    if (typeof r === 'string') return err(`converting driver.Value type ${valueTypeName(src)} (${goQuote(s)}) to a ${k}: ${r}`);
    d.set(r);
    return null;
  }
  if (k === 'string' && src === null) return err('converting NULL to string is unsupported');
  return err(`unsupported Scan, storing driver.Value type ${valueTypeName(src)} into type ${destTypeName(d)}`);
}

/** isNumeric: the Go kinds asString formats with strconv (ints, uints, floats). */
function isNumeric(v: Value): boolean {
  return typeof v === 'bigint' || typeof v === 'number' || isUint64Value(v) || isFloat32Value(v);
}

function convertBool(d: ScanDest, src: Value): GoError | null {
  if (typeof src === 'boolean') return d.set(src), null;
  if (typeof src === 'string' || src instanceof Uint8Array) {
    const s = asString(src);
    const b = parseBoolGo(s);
    if (b === undefined) return err(`sql/driver: couldn't convert ${goQuote(s)} into type bool`);
    return d.set(b), null;
  }
  if (typeof src === 'bigint' || isUint64Value(src)) {
    const n = typeof src === 'bigint' ? src : src.value;
    if (n === 0n || n === 1n) return d.set(n === 1n), null;
    return err(`sql/driver: couldn't convert ${n} into type bool`);
  }
  const shown = src === null ? '<nil>' : asString(src);
  return err(`sql/driver: couldn't convert ${shown} (${valueTypeName(src)}) into type bool`);
}

const NULL_INNER: Record<string, { kind: ScanKind; zero: unknown }> = {
  nullString: { kind: 'string', zero: '' },
  nullInt64: { kind: 'int64', zero: 0n },
  nullInt32: { kind: 'int32', zero: 0n },
  nullInt16: { kind: 'int16', zero: 0n },
  nullByte: { kind: 'uint8', zero: 0n },
  nullFloat64: { kind: 'float64', zero: 0 },
  nullBool: { kind: 'bool', zero: false },
  nullTime: { kind: 'time', zero: { kind: 'time', unixNanos: -62135596800000000000n } },
};

function scanNull(d: ScanDest, src: Value): GoError | null {
  const inner = NULL_INNER[d.kind]!;
  if (src === null) {
    d.set({ valid: false, value: inner.zero } satisfies NullValue<unknown>);
    return null;
  }
  let got: unknown = inner.zero;
  const e = convertAssign({ kind: inner.kind, set: (v) => (got = v) }, src);
  // Go sets Valid=true before converting, and leaves the zero value on error.
  d.set({ valid: true, value: e ? inner.zero : got } satisfies NullValue<unknown>);
  return e;
}
