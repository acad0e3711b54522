// The loading hook (src/go/lazy.ts): prepare loads what a program's files need, deps first, each part once.
import { describe, expect, it } from 'vitest';
import { importPath, isPending, loadedKeys, loadKeys, needs, prepare, registerDetector, registerLazy } from '../../src/go/lazy.ts';
import { parseFiles } from '../../src/go/syntax/index.ts';

const parsed = (text: string) => parseFiles([{ name: 'main.go', text }]).files;

describe('the import detector', () => {
  it('names std:<path> for every import, grouped, aliased, blank or raw-quoted', () => {
    const keys = needs(parsed('package main\n\nimport "fmt"\nimport (\n\tstr "strings"\n\t_ "github.com/go-sql-driver/mysql"\n\t`math/rand`\n)\n\nfunc main() {}\n'));
    expect([...keys].filter((k) => k.startsWith('std:')).sort()).toEqual(['std:fmt', 'std:github.com/go-sql-driver/mysql', 'std:math/rand', 'std:strings']);
  });

  it('reads the imports of a file whose body has syntax errors', () => {
    const keys = needs(parsed('package main\n\nimport "sort"\n\nfunc main() {\n\tx := \n}\n'));
    expect(keys.has('std:sort')).toBe(true);
  });

  it('decodes escapes in import paths and ignores malformed ones', () => {
    expect(importPath({ value: '"unicode\\/utf8"' })).toBe('unicode/utf8');
    expect(importPath({ value: '`a/b`' })).toBe('a/b');
    expect(importPath({ value: '"unterminated' })).toBeNull();
    expect(importPath({ value: '"x"', bad: true })).toBeNull();
  });
});

describe('registerLazy and prepare', () => {
  it('loads the keys a program needs, each dependency before its dependent, nothing else', async () => {
    const order: string[] = [];
    const slow = (k: string) => () => new Promise<void>((ok) => { order.push(`start ${k}`); setTimeout(() => { order.push(`end ${k}`); ok(); }, 5); });
    registerLazy('t1:base', slow('base'));
    registerLazy('t1:mid', slow('mid'), ['t1:base']);
    registerLazy('t1:top', slow('top'), ['t1:mid', 't1:base']);
    registerLazy('t1:unused', slow('unused'));
    registerDetector((files) => (files.some((f) => f.decls.some((d) => d.kind === 'FuncDecl' && d.name.name === 'useTop')) ? ['t1:top'] : []));
    expect(isPending('t1:top')).toBe(true);
    await prepare([{ name: 'main.go', text: 'package main\n\nfunc useTop() {}\n\nfunc main() {}\n' }]);
    expect(order).toEqual(['start base', 'end base', 'start mid', 'end mid', 'start top', 'end top']);
    expect(isPending('t1:top')).toBe(false);
    expect(isPending('t1:unused')).toBe(true);
    expect(loadedKeys()).toEqual(expect.arrayContaining(['t1:base', 't1:mid', 't1:top']));
    expect(loadedKeys()).not.toContain('t1:unused');
  });

  it('calls a loader once when several preparations want it at the same time', async () => {
    let calls = 0;
    registerLazy('t2:once', async () => { calls++; await new Promise((ok) => setTimeout(ok, 5)); });
    await Promise.all([loadKeys(['t2:once']), loadKeys(['t2:once']), prepare([], ['t2:once'])]);
    await loadKeys(['t2:once']);
    expect(calls).toBe(1);
  });

  it('ignores keys nobody registered (parts Node imported eagerly, or packages we do not have)', async () => {
    await expect(prepare([{ name: 'main.go', text: 'package main\n\nimport "no/such/pkg"\n\nfunc main() {}\n' }], ['t3:nobody'])).resolves.toBeUndefined();
  });

  it('lets a failed load be tried again', async () => {
    let fail = true;
    registerLazy('t4:flaky', async () => { if (fail) throw new Error('network down'); });
    await expect(loadKeys(['t4:flaky'])).rejects.toThrow('network down');
    expect(isPending('t4:flaky')).toBe(true);
    fail = false;
    await loadKeys(['t4:flaky']);
    expect(isPending('t4:flaky')).toBe(false);
  });

  it('reports a dependency cycle as our internal error', async () => {
    registerLazy('t5:a', async () => {}, ['t5:b']);
    registerLazy('t5:b', async () => {}, ['t5:a']);
    await expect(loadKeys(['t5:a'])).rejects.toThrow(/internal error: lazy dependency cycle t5:a -> t5:b -> t5:a/);
  });
});
