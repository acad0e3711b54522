// The driver model decodes each cell by its column's field type, as go-sql-driver/mysql 1.9's readRow does.
import { describe, expect, it } from 'vitest';
import { decimalText, toDriverValue, typeDatabaseName } from '../../src/pool/mysqldriver/values.ts';
import { isTimeValue, type Value } from '../../src/pool/driver.ts';
import { isFloat32Value, isUint64Value } from '../../src/pool/convert.ts';
import type { Column } from '../../src/mysql/sql-values.ts';
import type { SqlValue } from '../../src/mysql/sql-values.ts';

const col = (type: Column['type'], flags: Partial<Column> = {}): Column => ({ name: 'c', type, ...flags });
const text = (v: SqlValue, c: Column, parseTime = false) => show(toDriverValue(v, c, false, parseTime));
const bin = (v: SqlValue, c: Column, parseTime = false) => show(toDriverValue(v, c, true, parseTime));
function show(v: Value): string {
  if (v instanceof Uint8Array) return `[]byte(${String.fromCharCode(...v)})`;
  if (typeof v === 'bigint') return `int64(${v})`;
  if (typeof v === 'number') return `float64(${v})`;
  if (isTimeValue(v)) return `time(${v.unixNanos})`;
  if (isUint64Value(v)) return `uint64(${v.value})`;
  if (isFloat32Value(v)) return `float32(${v.value})`;
  return String(v);
}

describe('text-protocol and binary-protocol values', () => {
  it('decode every integer type to int64 (an UNSIGNED BIGINT over the text protocol to uint64), whatever SQLite stored', () => {
    for (const t of ['TINY', 'SHORT', 'INT24', 'LONG', 'YEAR', 'LONGLONG'] as const) expect(text(-7, col(t))).toBe('int64(-7)');
    expect(text(2.5, col('LONG'))).toBe('int64(3)');
    expect(text(-2.5, col('LONG'))).toBe('int64(-3)');
    expect(text('42', col('LONG'))).toBe('int64(42)');
    expect(text('abc', col('LONG'))).toBe('[]byte(abc)');
    expect(text(12, col('LONGLONG', { unsigned: true }))).toBe('uint64(12)');
    expect(text(7, col('LONG', { unsigned: true }))).toBe('int64(7)');
    expect(bin(12n, col('LONGLONG', { unsigned: true }))).toBe('int64(12)');
    expect(bin(18446744073709551615n, col('LONGLONG', { unsigned: true }))).toBe('[]byte(18446744073709551615)');
  });

  it('decode FLOAT to float32 and DOUBLE to float64, DECIMAL to its text with the column\'s scale', () => {
    expect(text(2.5, col('DOUBLE'))).toBe('float64(2.5)');
    expect(text('1e3', col('FLOAT'))).toBe('float32(1000)');
    expect(bin(0.1, col('FLOAT'))).toBe(`float32(${Math.fround(0.1)})`);
    expect(text(12.5, col('NEWDECIMAL', { decimals: 2 }))).toBe('[]byte(12.50)');
    expect(bin(-5, col('NEWDECIMAL'))).toBe('[]byte(-5)');
    expect(text(-2.5, col('NEWDECIMAL', { decimals: 4 }))).toBe('[]byte(-2.5000)');
    expect(decimalText(7n, 3)).toBe('7.000');
    expect(decimalText(1e21, 0)).toBe('1e21');
  });

  it('decode DATE/DATETIME/TIMESTAMP to time.Time only with parseTime, and TIME, strings and NULL as the driver does', () => {
    expect(text('2000-01-01 00:00:01', col('DATETIME'), true)).toBe('time(946684801000000000)');
    expect(text('2000-01-02', col('DATE'), true)).toBe('time(946771200000000000)');
    expect(bin('2000-01-01 00:00:00', col('TIMESTAMP'), true)).toBe('time(946684800000000000)');
    expect(text('2000-01-01 00:00:01', col('DATETIME'))).toBe('[]byte(2000-01-01 00:00:01)');
    expect(text('10:11:12', col('TIME'), true)).toBe('[]byte(10:11:12)');
    expect(text('2000-01-01 00:00:01', col('DATETIME', { decimals: 3 }))).toBe('[]byte(2000-01-01 00:00:01.000)');
    expect(bin('2000-01-01 00:00:01.123456', col('TIMESTAMP', { decimals: 2 }))).toBe('[]byte(2000-01-01 00:00:01.12)');
    expect(text('10:11:12.5', col('TIME'))).toBe('[]byte(10:11:12)');
    expect(text(5, col('VAR_STRING'))).toBe('[]byte(5)');
    expect(text(null, col('LONG'))).toBe('null');
  });

  it('name column types as the driver\'s typeDatabaseName does', () => {
    expect(typeDatabaseName(col('LONG'))).toBe('INT');
    expect(typeDatabaseName(col('LONGLONG', { unsigned: true }))).toBe('UNSIGNED BIGINT');
    expect(typeDatabaseName(col('NEWDECIMAL', { decimals: 2 }))).toBe('DECIMAL');
    expect(typeDatabaseName(col('BLOB'))).toBe('TEXT');
    expect(typeDatabaseName(col('BLOB', { binary: true }))).toBe('BLOB');
    expect(typeDatabaseName(col('VAR_STRING', { binary: true }))).toBe('VARBINARY');
    expect(typeDatabaseName(col('STRING'))).toBe('CHAR');
  });
});
