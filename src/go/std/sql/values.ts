/** values: Go runtime values to and from database/sql's driver values, Scan destinations and Go error values. */
import * as sc from '../../../sim/context.ts';
import type { GoError } from '../../../sim/errors.ts';
import { timeValue, isTimeValue, type Value } from '../../../pool/driver.ts';
import { isFloat32Value, isUint64Value, type ScanDest, type ScanKind } from '../../../pool/convert.ts';
import { MySQLError } from '../../../pool/mysqldriver/errors.ts';
import { basic, hostType, ptrTo, sliceOf, type Iface, type RType } from '../../runtime/rtype.ts';
import { fromArray, toArray, type Slice } from '../../runtime/slice.ts';
import { norm } from '../../runtime/int.ts';
import { fromByteString, toByteString } from '../format/utf8.ts';
import { goError, simErrorT } from '../context.ts';

/** EPOCH_OFFSET_NS is the Go runtime's time origin (2000-01-01 UTC) in Unix nanoseconds. */
const EPOCH_OFFSET_NS = 946684800000000000n;

/** simWrapT is a sim error that wraps another (Scan's `sql: Scan error on column ...`): %T `*fmt.wrapError`. */
export const simWrapT: RType = hostType('fmt', 'wrapError', () => null);
simWrapT.str = '*fmt.wrapError';
simWrapT.methods.set('Error', function* (_g: unknown, e: GoError) { return toByteString(e.Error()); });
simWrapT.methods.set('Unwrap', function* (_g: unknown, e: GoError) {
  const u = e.Unwrap ? e.Unwrap() : null;
  return Array.isArray(u) ? (u.length ? toIface(u[0]!) : null) : toIface(u ?? null);
});

/** mysqlErrorT is mysql.MySQLError; Go values of *MySQLError are `{ Number, SQLState: byte[5], Message }`. */
export const mysqlErrorT: RType = hostType('mysql', 'MySQLError', () => ({ Number: 0, SQLState: [0, 0, 0, 0, 0], Message: '' }), (v) => ({ Number: v.Number, SQLState: [...v.SQLState], Message: v.Message }));
interface GoMySQLError { Number: number; SQLState: number[]; Message: string }
const mysqlPtr = ptrTo(mysqlErrorT);
mysqlPtr.methods.set('Error', function* (_g: unknown, e: GoMySQLError) {
  const state = e.SQLState.some((b) => b !== 0) ? String.fromCharCode(...e.SQLState) : '';
  return state ? `Error ${e.Number} (${state}): ${e.Message}` : `Error ${e.Number}: ${e.Message}`;
});
mysqlPtr.methods.set('Is', function* (_g: unknown, e: GoMySQLError, target: Iface | null) {
  return target !== null && target.t === mysqlPtr && target.v !== null && target.v.Number === e.Number;
});

/** toIface turns a sim/pool GoError into a Go error value (sentinels keep their identity for errors.Is). */
export function toIface(e: GoError | null): Iface | null {
  if (e === null) return null;
  if (e === sc.Canceled || e === sc.DeadlineExceeded) return goError(e);
  if (e instanceof MySQLError) {
    const st = [0, 0, 0, 0, 0];
    for (let i = 0; i < 5 && i < e.SQLState.length; i++) st[i] = e.SQLState.charCodeAt(i);
    return { t: mysqlPtr, v: { Number: e.Number, SQLState: st, Message: toByteString(e.Message) } };
  }
  if (e.Unwrap) return { t: simWrapT, v: e };
  return { t: simErrorT, v: e };
}

/** timeT finds the run's time.Time descriptor. */
export type TimeT = () => RType;

function isNullStruct(t: RType): string | undefined {
  return t.pkg === 'sql' && t.name?.startsWith('Null') ? t.name : undefined;
}

/** toDriverValue converts one argument of Query/Exec (an `any`) to a driver.Value, or returns Go's error text. */
export function toDriverValue(x: Iface | null, n: number): Value | { error: string } {
  if (x === null) return null;
  const t = x.t;
  const v = x.v;
  switch (t.kind) {
    case 'int': case 'int8': case 'int16': case 'int32': case 'int64':
    case 'uint': case 'uint8': case 'uint16': case 'uint32': case 'uint64': case 'uintptr':
      return typeof v === 'bigint' ? v : BigInt(v);
    case 'float32': case 'float64': return v as number;
    case 'bool': return v as boolean;
    case 'string': return fromByteString(v as string);
    case 'slice': if (t.elem?.kind === 'uint8') return v === null ? null : new Uint8Array(toArray(v as Slice)); break;
    case 'ptr': if (v === null) return null; break;
    case 'host': if (t.str === 'time.Time') return timeValue(EPOCH_OFFSET_NS + BigInt(Math.trunc(v.ns))); break;
    case 'struct': {
      const nn = isNullStruct(t);
      if (nn) {
        if (!v.Valid) return null;
        const field = t.fields!.find((f) => f.name !== 'Valid')!;
        return toDriverValue({ t: field.type, v: v[field.key] }, n);
      }
      break;
    }
  }
  return { error: `sql: converting argument $${n} type: unsupported type ${t.str}, a ${t.kind === 'host' ? 'struct' : t.kind}` };
}

/** argsOf converts a variadic `...any` slice to driver values (the first conversion error wins). */
export function argsOf(s: Slice | null): Value[] | { error: string } {
  const items = toArray(s) as (Iface | null)[];
  const out: Value[] = [];
  for (let i = 0; i < items.length; i++) {
    const v = toDriverValue(items[i]!, i + 1);
    if (v !== null && typeof v === 'object' && 'error' in v) return v;
    out.push(v as Value);
  }
  return out;
}

const BASIC_KINDS = new Set(['int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'float32', 'float64', 'string', 'bool']);

/** fromDriverValue makes the Go value an `*any` destination receives. */
function anyOf(v: unknown, timeT: TimeT): Iface | null {
  if (v === null) return null;
  if (typeof v === 'bigint') return { t: basic.int64, v: norm(v) };
  if (typeof v === 'number') return { t: basic.float64, v };
  if (typeof v === 'boolean') return { t: basic.bool, v };
  if (typeof v === 'string') return { t: basic.string, v: toByteString(v) };
  if (v instanceof Uint8Array) return { t: sliceOf(basic.uint8), v: fromArray([...v]) };
  if (isUint64Value(v)) return { t: basic.uint64!, v: norm(v.value) };
  if (isFloat32Value(v)) return { t: basic.float32!, v: v.value };
  if (isTimeValue(v)) return { t: timeT(), v: { ns: Number(v.unixNanos - EPOCH_OFFSET_NS), zero: false } };
  return null;
}

function goOf(kind: ScanKind, v: unknown, timeT: TimeT): unknown {
  if (v === null) return null;
  switch (kind) {
    case 'string': return toByteString(v as string);
    case 'bytes': case 'rawBytes': return v === null ? null : fromArray([...(v as Uint8Array)]);
    case 'time': return isTimeValue(v) ? { ns: Number(v.unixNanos - EPOCH_OFFSET_NS), zero: false } : timeT().zero();
    case 'any': return anyOf(v, timeT);
    case 'float32': case 'float64': case 'bool': return v;
  }
  return typeof v === 'bigint' ? norm(v) : v;
}

const NULL_KINDS: Record<string, [ScanKind, ScanKind, string]> = {
  NullString: ['nullString', 'string', 'String'], NullInt64: ['nullInt64', 'int64', 'Int64'], NullInt32: ['nullInt32', 'int32', 'Int32'],
  NullFloat64: ['nullFloat64', 'float64', 'Float64'], NullBool: ['nullBool', 'bool', 'Bool'], NullTime: ['nullTime', 'time', 'Time'],
};

/** kindOf maps a Go type to the Scan kind it is, or undefined when Scan does not support it. */
function kindOf(t: RType): ScanKind | undefined {
  if (BASIC_KINDS.has(t.kind)) return t.kind as ScanKind;
  if (t.kind === 'slice' && t.elem?.kind === 'uint8') return t.str === 'sql.RawBytes' ? 'rawBytes' : 'bytes';
  if (t.kind === 'interface' && (t.imethods?.length ?? 0) === 0) return 'any';
  if (t.str === 'time.Time') return 'time';
  return undefined;
}

/** NotPointer is thrown from a non-pointer destination's setter: Scan reports it for that column, as convertAssign does. */
export class NotPointer { constructor(readonly index: number) {} }

/** scanDest converts one Scan argument (a pointer in an `any`) to the pool's ScanDest, or Go's error text. */
export function scanDest(x: Iface | null, i: number, timeT: TimeT): ScanDest | { error: string } {
  if (x === null || x.t.kind !== 'ptr') return { kind: 'any', set: () => { throw new NotPointer(i); } };
  const p = x.v;
  const elem = x.t.elem!;
  if (p === null) return { kind: 'any', nil: true, set: () => {} };
  const nn = elem.kind === 'struct' ? isNullStruct(elem) : undefined;
  if (nn && NULL_KINDS[nn]) {
    const [kind, inner, field] = NULL_KINDS[nn]!;
    return { kind, set: (nv: any) => { p.Valid = nv.valid; p[field] = nv.valid ? goOf(inner, nv.value, timeT) : inner === 'time' ? timeT().zero() : inner === 'string' ? '' : inner === 'bool' ? false : 0; } };
  }
  const direct = kindOf(elem);
  if (direct) {
    if (direct === 'time') return { kind: 'time', set: (v) => { const tv = goOf('time', v, timeT) as { ns: number; zero: boolean }; p.ns = tv.ns; p.zero = tv.zero; } };
    return { kind: direct, set: (v) => { p.v = goOf(direct, v, timeT); } };
  }
  if (elem.kind === 'ptr') {
    const k = kindOf(elem.elem!);
    if (k) return { kind: k, ptr: true, set: (v) => { p.v = v === null ? null : k === 'time' ? goOf('time', v, timeT) : { v: goOf(k, v, timeT) }; } };
  }
  return { error: `unsupported Scan, storing driver.Value into type ${x.t.str}` };
}
