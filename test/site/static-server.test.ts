import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveFile } from '../e2e/static-server';

describe('resolveFile (the e2e static server)', () => {
  const root = mkdtempSync(join(tmpdir(), 'leakproof-dist-'));
  mkdirSync(join(root, 'lessons/rows-err'), { recursive: true });
  writeFileSync(join(root, 'index.html'), 'home');
  writeFileSync(join(root, 'lessons/rows-err/index.html'), 'lesson');

  it('serves index.html for directories and files as they are', () => {
    expect(resolveFile(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveFile(root, '/lessons/rows-err/?q=1')).toBe(join(root, 'lessons/rows-err/index.html'));
    expect(resolveFile(root, '/index.html')).toBe(join(root, 'index.html'));
  });

  it('finds nothing for unknown paths and never leaves the root', () => {
    expect(resolveFile(root, '/lessons/nope/')).toBeUndefined();
    expect(resolveFile(root, '/../../etc/passwd')).toBeUndefined();
    expect(resolveFile(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
  });
});
