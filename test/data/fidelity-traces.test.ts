import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The recorded traces are the ground truth every simulator test reads, so the
// copy in the repository must be complete and must be the modern stack's.
const dir = join(import.meta.dirname, '../../data/fidelity/traces/modern');
const programs = readdirSync(join(import.meta.dirname, '../../data/fidelity/go')).filter((d) => /^\d\d-/.test(d));

describe('data/fidelity', () => {
  it('has one modern trace per fidelity program', () => {
    const traces = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(traces.sort()).toEqual(programs.sort());
  });

  it.each(programs)('trace %s was recorded with Go 1.23 and go-sql-driver/mysql 1.9', (name) => {
    const trace = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
    expect(JSON.stringify(trace.env)).toContain('go1.23');
    expect(JSON.stringify(trace.env)).toContain('1.9.0');
    expect(Array.isArray(trace.events)).toBe(true);
  });
});
