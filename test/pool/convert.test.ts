import { describe, expect, it } from 'vitest';
import { convertAssign, formatFloat, formatRFC3339Nano, type ScanDest } from '../../src/pool/convert.ts';
import { timeValue, type Value } from '../../src/pool/driver.ts';
import { utf8Encode } from '../../src/pool/utf8.ts';

function scan(kind: ScanDest['kind'], src: Value, extra: Partial<ScanDest> = {}): { v?: unknown; err: string | null } {
  const box: { v?: unknown } = {};
  const err = convertAssign({ kind, set: (v) => (box.v = v), ...extra }, src);
  return { ...box, err: err ? err.Error() : null };
}

describe('convertAssign (Rows.Scan conversions)', () => {
  it('parses []byte and string into integer kinds, with Go texts on failure', () => {
    expect(scan('int', utf8Encode('42'))).toEqual({ v: 42n, err: null });
    expect(scan('int', utf8Encode('user01'))).toEqual({ err: 'converting driver.Value type []uint8 ("user01") to a int: invalid syntax' });
    expect(scan('int8', 300n)).toEqual({ err: 'converting driver.Value type int64 ("300") to a int8: value out of range' });
    expect(scan('uint', -1n)).toEqual({ err: 'converting driver.Value type int64 ("-1") to a uint: invalid syntax' });
    expect(scan('int', 1.5)).toEqual({ err: 'converting driver.Value type float64 ("1.5") to a int: invalid syntax' });
    expect(scan('int64', 7n)).toEqual({ v: 7n, err: null });
    expect(scan('int32', '-12')).toEqual({ v: -12n, err: null });
  });

  it('rejects NULL for non-nullable kinds and stores it in null types and pointers', () => {
    expect(scan('int', null)).toEqual({ err: 'converting NULL to int is unsupported' });
    expect(scan('string', null)).toEqual({ err: 'converting NULL to string is unsupported' });
    expect(scan('float64', null)).toEqual({ err: 'converting NULL to float64 is unsupported' });
    expect(scan('time', null)).toEqual({ err: 'unsupported Scan, storing driver.Value type <nil> into type *time.Time' });
    expect(scan('bool', null)).toEqual({ err: "sql/driver: couldn't convert <nil> (<nil>) into type bool" });
    expect(scan('nullString', null)).toEqual({ v: { valid: false, value: '' }, err: null });
    expect(scan('nullInt64', utf8Encode('9'))).toEqual({ v: { valid: true, value: 9n }, err: null });
    expect(scan('string', null, { ptr: true })).toEqual({ v: null, err: null });
    expect(scan('string', utf8Encode('x'), { ptr: true })).toEqual({ v: 'x', err: null });
    expect(scan('bytes', null)).toEqual({ v: null, err: null });
    expect(scan('any', null)).toEqual({ v: null, err: null });
  });

  it('formats numbers into strings as strconv does', () => {
    expect(scan('string', 12n)).toEqual({ v: '12', err: null });
    expect(scan('string', 1e6)).toEqual({ v: '1e+06', err: null });
    expect(scan('string', 123456.5)).toEqual({ v: '123456.5', err: null });
    expect(scan('string', 0.0001)).toEqual({ v: '0.0001', err: null });
    expect(scan('string', 0.00001)).toEqual({ v: '1e-05', err: null });
    expect(scan('string', true)).toEqual({ v: 'true', err: null });
    expect(formatFloat(1234567)).toBe('1.234567e+06');
    expect(formatFloat(-2.5)).toBe('-2.5');
  });

  it('converts bools the way driver.Bool does', () => {
    expect(scan('bool', 1n)).toEqual({ v: true, err: null });
    expect(scan('bool', utf8Encode('f'))).toEqual({ v: false, err: null });
    expect(scan('bool', 2n)).toEqual({ err: "sql/driver: couldn't convert 2 into type bool" });
    expect(scan('bool', 'yes')).toEqual({ err: `sql/driver: couldn't convert "yes" into type bool` });
    expect(scan('bool', 1.0)).toEqual({ err: "sql/driver: couldn't convert 1 (float64) into type bool" });
  });

  it('handles time values: into time.Time, into string as RFC3339Nano; bytes are not a time', () => {
    const t = timeValue(946684800123000000n);
    expect(scan('time', t)).toEqual({ v: t, err: null });
    expect(scan('string', t)).toEqual({ v: '2000-01-01T00:00:00.123Z', err: null });
    expect(formatRFC3339Nano(timeValue(0n))).toBe('1970-01-01T00:00:00Z');
    expect(scan('time', utf8Encode('2000-01-01 00:00:00'))).toEqual({
      err: 'unsupported Scan, storing driver.Value type []uint8 into type *time.Time',
    });
  });

  it('copies []byte into bytes and any, and reports a nil destination pointer', () => {
    const src = utf8Encode('abc');
    const r = scan('bytes', src);
    expect(r.v).toEqual(src);
    expect(r.v).not.toBe(src);
    expect(scan('any', src).v).not.toBe(src);
    expect(scan('int', 1n, { nil: true })).toEqual({ err: 'destination pointer is nil' });
    expect(scan('float32', utf8Encode('1e40'))).toEqual({ err: 'converting driver.Value type []uint8 ("1e40") to a float32: value out of range' });
  });
});
