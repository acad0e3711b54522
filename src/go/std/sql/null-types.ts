/** null-types: database/sql's NullString, NullInt64, NullFloat64 and NullBool with their Scan and Value methods. */
import { convertAssign, type ScanKind } from '../../../pool/convert.ts';
import { toByteString } from '../format/utf8.ts';
import type { Value } from '../../../pool/driver.ts';
import { basic, named, ptrTo, structOf, type Iface, type RType } from '../../runtime/rtype.ts';
import { norm } from '../../runtime/int.ts';
import { nilPanic } from '../../runtime/panic.ts';
import { errorStringT } from '../fmt.ts';
import { toDriverValue, toIface } from './values.ts';

function nullType(name: string, field: string, t: RType): RType {
  const st = structOf([
    { name: field, key: field, type: t, embedded: false, exported: true },
    { name: 'Valid', key: 'Valid', type: basic.bool, embedded: false, exported: true },
  ]);
  return named('sql', name, st);
}

/** NULL_TYPES are the four Null types the course's database/sql gives methods to. */
export const NULL_TYPES: Record<string, RType> = {
  NullString: nullType('NullString', 'String', basic.string),
  NullInt64: nullType('NullInt64', 'Int64', basic.int64),
  NullFloat64: nullType('NullFloat64', 'Float64', basic.float64),
  NullBool: nullType('NullBool', 'Bool', basic.bool),
};

const INNER: Record<string, string> = { String: 'string', Int64: 'int64', Float64: 'float64', Bool: 'bool' };

/** valueIface is a driver.Value (string, int64, float64, bool) as a Go interface value. */
function valueIface(field: string, v: unknown): Iface {
  switch (field) {
    case 'String': return { t: basic.string, v };
    case 'Int64': return { t: basic.int64, v: norm(typeof v === 'bigint' ? v : BigInt(v as number)) };
    case 'Float64': return { t: basic.float64, v };
    default: return { t: basic.bool, v };
  }
}

/** installNullMethods gives each Null type Scan (pointer receiver, convertAssign's rules) and Value (value receiver). */
function installNullMethods(): void {
  for (const t of Object.values(NULL_TYPES)) {
    const field = t.fields!.find((f) => f.name !== 'Valid')!.key;
    const pt = ptrTo(t);
    const inner = INNER[field]!;
    const scan = function* (_g: unknown, p: Record<string, unknown> | null, value: Iface | null) {
      if (p === null) throw nilPanic();
      // Go: Scan(nil) stores the zero value and Valid=false; otherwise Valid=true, then convertAssign into the
      // field, which keeps its old value when the conversion fails.
      if (value === null) {
        p[field] = t.fields!.find((f) => f.key === field)!.type.zero();
        p.Valid = false;
        return null;
      }
      p.Valid = true;
      const src = toDriverValue(value, 1);
      if (src !== null && typeof src === 'object' && 'error' in src) {
        // Outside driver values (the course's documented limit): database/sql would convert by reflection.
        return { t: errorStringT, v: { s: `unsupported Scan, storing driver.Value type ${value.t.str} into type *${inner}` } };
      }
      const set = (v: unknown) => { p[field] = inner === 'string' ? toByteString(v as string) : inner === 'int64' ? norm(v as bigint) : v; };
      return toIface(convertAssign({ kind: inner as ScanKind, set }, src as Value));
    };
    const value = function* (_g: unknown, v: Record<string, unknown>) {
      if (!v.Valid) return [null, null];
      return [valueIface(field, v[field]), null];
    };
    pt.methods.set('Scan', scan);
    pt.methods.set('Value', function* (g: unknown, p: Record<string, unknown> | null) { if (p === null) throw nilPanic(); return yield* value(g, p); });
    t.methods.set('Value', value);
  }
}

installNullMethods();
