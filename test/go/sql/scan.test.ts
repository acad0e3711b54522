// Scan conversions and their error texts against real Go's: scan/scan-conversions.out was recorded by running
// scan/scan-conversions.go with Go 1.23 + go-sql-driver/mysql 1.9 against MariaDB 10.11 (bench/record-scan.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSql } from './run-sql.ts';

const DIR = join(import.meta.dirname, 'scan');
const real = readFileSync(join(DIR, 'scan-conversions.out'), 'utf8');
const sections = (out: string) => {
  const i = out.indexOf('-- binary protocol\n');
  return { text: out.slice(0, i).split('\n'), binary: out.slice(i) };
};

describe('Scan conversions match real Go, go-sql-driver/mysql 1.9 and MariaDB', () => {
  it('over the binary protocol (queries with arguments) every value and error text is the same', async () => {
    const r = await runSql(readFileSync(join(DIR, 'scan-conversions.go'), 'utf8'));
    expect(r.stderr).toBe('');
    expect(sections(r.stdout).binary).toBe(sections(real).binary);
  });

  it('over the text protocol (queries without arguments) every value and error text is the same', async () => {
    const r = await runSql(readFileSync(join(DIR, 'scan-conversions.go'), 'utf8'));
    expect(r.stderr).toBe('');
    expect(sections(r.stdout).text).toEqual(sections(real).text);
  });
});
