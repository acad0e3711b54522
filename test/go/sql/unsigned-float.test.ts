// Scan of the driver's uint64 and float32 values end to end: types/unsigned-float.out was recorded by running
// types/unsigned-float.go with Go 1.23 + go-sql-driver/mysql 1.9 against MariaDB 10.11 (types/record.ts recipe).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSql } from './run-sql.ts';

const DIR = join(import.meta.dirname, 'types');
const real = readFileSync(join(DIR, 'unsigned-float.out'), 'utf8').split('\n');

describe('uint64 and float32 driver values match real Go, go-sql-driver/mysql 1.9 and MariaDB', () => {
  it('scan into every destination with the real values and error texts', async () => {
    const r = await runSql(readFileSync(join(DIR, 'unsigned-float.go'), 'utf8'));
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')).toEqual(real);
  });
});
