// The fidelity programs (data/fidelity/go/) rewritten in the subset, printing with fmt: each .go file's
// stdout must equal its .out file, which holds the real Go + go-sql-driver + MariaDB trace's results.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSql } from './run-sql.ts';

const DIR = join(import.meta.dirname, 'fidelity');
const programs = readdirSync(DIR).filter((f) => f.endsWith('.go')).sort();

describe('fidelity programs in the Go subset', () => {
  it.each(programs)('%s prints what the real stack recorded', async (f) => {
    const r = await runSql(readFileSync(join(DIR, f), 'utf8'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(readFileSync(join(DIR, f.replace(/\.go$/, '.out')), 'utf8'));
  });
});
