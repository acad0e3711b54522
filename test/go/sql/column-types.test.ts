// Result column types end to end: types/column-types.out was recorded by running types/column-types.go with
// Go 1.23 + go-sql-driver/mysql 1.9 against MariaDB 10.11 (the SCAN_DSN database of bench/record-scan.ts, same
// recipe). Each line names the Go type the driver hands database/sql for a column or expression (`%T` of an
// `any` destination) and its value, over the text and the binary protocol.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSql } from './run-sql.ts';

const DIR = join(import.meta.dirname, 'types');
const real = readFileSync(join(DIR, 'column-types.out'), 'utf8').split('\n');
// The recorded server is MariaDB; the simulated one is MySQL 8.0, where CONNECTION_ID() and CAST(... AS UNSIGNED)
// are BIGINT UNSIGNED (uint64), not MariaDB's INT UNSIGNED (int64).
// Over the binary protocol the driver gives int64 for an unsigned BIGINT up to MaxInt64, so only text lines change.
const MYSQL_80_TEXT: Record<string, string> = { 'CONNECTION_ID(): int64': 'CONNECTION_ID(): uint64', 'CAST(7 AS UNSIGNED): int64 7': 'CAST(7 AS UNSIGNED): uint64 7' };
const binaryFrom = real.indexOf('-- binary protocol');
const binaryTo = real.findIndex((l) => l.startsWith('CONNECTION_ID()'));

describe('result column types match real Go, go-sql-driver/mysql 1.9 and MariaDB', () => {
  it('every column type and expression decodes to the Go type and value the real stack gave', async () => {
    const r = await runSql(readFileSync(join(DIR, 'column-types.go'), 'utf8'));
    expect(r.stderr).toBe('');
    const want = real.map((l, i) => (i > binaryFrom && i < binaryTo ? l : (MYSQL_80_TEXT[l] ?? l)));
    expect(r.stdout.split('\n')).toEqual(want);
    expect(want.filter((l) => l.includes('int64')).length).toBeGreaterThan(40);
  });
});
