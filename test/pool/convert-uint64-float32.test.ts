// Scan of the mysql driver's uint64 (UNSIGNED BIGINT) and float32 (FLOAT) values: database/sql handles them in
// convertAssignRows' reflection cases (asString formats float32 with 32-bit shortest digits).
import { describe, expect, it } from 'vitest';
import { convertAssign, valueTypeName, asString, type ScanDest, type ScanKind } from '../../src/pool/convert.ts';
import type { Value } from '../../src/pool/driver.ts';

function scan(kind: ScanKind, src: Value): { value?: unknown; error?: string } {
  let value: unknown;
  const d: ScanDest = { kind, set: (v) => { value = v; } };
  const e = convertAssign(d, src);
  return e ? { error: e.Error() } : { value };
}

const u64 = (n: bigint): Value => ({ kind: 'uint64', value: n });
const f32 = (n: number): Value => ({ kind: 'float32', value: Math.fround(n) });

describe('Scan of uint64 and float32 driver values', () => {
  it('names them uint64 and float32 and formats them as strconv does', () => {
    expect(valueTypeName(u64(7n))).toBe('uint64');
    expect(valueTypeName(f32(0.1))).toBe('float32');
    expect(asString(u64(18446744073709551615n))).toBe('18446744073709551615');
    expect(asString(f32(0.1))).toBe('0.1');
  });

  it('stores a uint64 into integer kinds through its decimal text, with Go\'s range errors', () => {
    expect(scan('uint64', u64(18446744073709551615n))).toEqual({ value: 18446744073709551615n });
    expect(scan('int', u64(300n))).toEqual({ value: 300n });
    expect(scan('int8', u64(300n))).toEqual({ error: 'converting driver.Value type uint64 ("300") to a int8: value out of range' });
    expect(scan('int64', u64(18446744073709551615n))).toEqual({ error: 'converting driver.Value type uint64 ("18446744073709551615") to a int64: value out of range' });
    expect(scan('string', u64(12n))).toEqual({ value: '12' });
    expect(scan('float64', u64(12n))).toEqual({ value: 12 });
    expect(scan('bool', u64(1n))).toEqual({ value: true });
    expect(scan('bool', u64(5n))).toEqual({ error: "sql/driver: couldn't convert 5 into type bool" });
    expect(scan('time', u64(5n))).toEqual({ error: 'unsupported Scan, storing driver.Value type uint64 into type *time.Time' });
    expect(scan('any', u64(5n))).toEqual({ value: u64(5n) });
  });

  it('stores a float32 into float kinds through its 32-bit text, and fails integers and bools as Go does', () => {
    expect(scan('float32', f32(0.1))).toEqual({ value: Math.fround(0.1) });
    expect(scan('float64', f32(0.1))).toEqual({ value: 0.1 });
    expect(scan('string', f32(2.5))).toEqual({ value: '2.5' });
    expect(scan('int', f32(2.5))).toEqual({ error: 'converting driver.Value type float32 ("2.5") to a int: invalid syntax' });
    expect(scan('int', f32(3))).toEqual({ value: 3n });
    expect(scan('bool', f32(0.1))).toEqual({ error: "sql/driver: couldn't convert 0.1 (float32) into type bool" });
    expect(scan('nullFloat64', f32(0.5))).toEqual({ value: { valid: true, value: 0.5 } });
  });
});
