// The fidelity programs (data/fidelity/go/) rewritten in the subset, printing with fmt: each .go file's
// stdout must equal its .out file, which holds the real Go + go-sql-driver + MariaDB trace's results. Where the
// real run logged driver lines, its .stderr file holds them as the trace recorded them (traces/modern/*.stderr.txt);
// our stderr must have the same lines, the log's date and time aside (ours is the virtual clock's). Where the
// recorded MariaDB differs from MySQL 8.0 (12's max_connections clamp, 15's 4031 packet) the program's header
// comment says what it does instead and which expected lines are MySQL's.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSql } from './run-sql.ts';

const DIR = join(import.meta.dirname, 'fidelity');
const programs = readdirSync(DIR).filter((f) => f.endsWith('.go')).sort();
const undated = (s: string) => s.replace(/^\[mysql\] \d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d /gm, '[mysql] ');

describe('fidelity programs in the Go subset', () => {
  it.each(programs)('%s prints what the real stack recorded', async (f) => {
    const r = await runSql(readFileSync(join(DIR, f), 'utf8'));
    const errFile = join(DIR, f.replace(/\.go$/, '.stderr'));
    expect(undated(r.stderr)).toBe(existsSync(errFile) ? undated(readFileSync(errFile, 'utf8')) : '');
    expect(r.stdout).toBe(readFileSync(join(DIR, f.replace(/\.go$/, '.out')), 'utf8'));
  });
});
