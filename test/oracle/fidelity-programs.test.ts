import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertGoInstalled, goModWithDriver, runGo } from './go-env';

// The fidelity programs in data/fidelity/go are what the real stack ran to record
// the traces; they must still build and vet with Go 1.23 and driver 1.9.
describe('data/fidelity/go with real Go 1.23', () => {
  let dir = '';
  beforeAll(() => {
    assertGoInstalled();
    dir = mkdtempSync(join(tmpdir(), 'leakproof-fidelity-'));
    cpSync(join(import.meta.dirname, '../../data/fidelity/go'), dir, { recursive: true });
    writeFileSync(join(dir, 'go.mod'), goModWithDriver('fidelity'));
  });

  it('builds every program', () => {
    const r = runGo(['build', '-o', join(dir, 'bin') + '/', './...'], dir);
    expect(r.out).toBe('');
    expect(r.code).toBe(0);
  });

  it('passes go vet', () => {
    const r = runGo(['vet', './...'], dir);
    expect(r.out).toBe('');
    expect(r.code).toBe(0);
  });
});
