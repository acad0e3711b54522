// The property mangling of the browser workers' build (src/go/mangle-props.ts): which names it renames, that the
// renaming is deterministic and collides with nothing, and that a bundle built with it (rolldown as the site,
// esbuild as the split-build test) behaves as the sources do. test/go/lazy-split.test.ts runs every golden and
// every course program through the mangled split build.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeMangleMap, libNames, mangleEsbuild, mangleProps, mangleSource, readTree, treeMangleMap, type SourceText } from '../../src/go/mangle-props.ts';
import { workerPlugins } from '../../src/go/split-build.ts';

const ROOT = join(import.meta.dirname, '../..');
let lib: Set<string>;

beforeAll(() => {
  lib = readTree(ROOT).lib;
});

/** tree is a small source tree: a checker file, a parser file, a runtime file outside the mangled folders, a page. */
function tree(extra: SourceText[] = []): SourceText[] {
  return [
    { path: 'src/go/types/check.ts', text: [
      'export interface Sig { typeParams: string[]; resultList: string[]; variadicAt: number; quotedName: string }',
      'export function sig(typeParams: string[]): Sig { return { typeParams, resultList: [], variadicAt: -1, quotedName: "x" }; }',
      'export function arity(s: Sig): number { const { resultList } = s; return s.typeParams.length + resultList.length + s.variadicAt; }',
      'export const diag = (s: Sig) => `quotedName ${s.quotedName}`;',
      'export const fieldReport = { reportedField: 1 };',
      'export const lengthy = { length: 2, pushAll: 3 };',
      'export enum Mode { enumMember }',
      'export const table: Record<string, number> = { tableKey: 1 };',
      'export const kinds = Object.entries({ entriesKey: 1 });',
      'const byName = { lookedUp: 1 }; export const look = (n: string) => (byName as any)[n];',
      'export const typed = { type: 1 };',
    ].join('\n') },
    { path: 'src/go/syntax/parse.ts', text: [
      'import { sig } from "../types/check.ts";',
      'export function parseSig() { const s = sig(["T"]); return s.typeParams.concat(s.resultList); }',
      'export const re = /pushAll|variadicRx/;',
    ].join('\n') },
    { path: 'src/go/runtime/run.ts', text: 'export function run(r: { reportedField: number }) { return r.reportedField; }' },
    { path: 'src/pages/page.astro', text: '---\nconst x = result.fromAstro;\n---\n<p>{x}</p>' },
    ...extra,
  ];
}

describe('computeMangleMap: which names are renamed', () => {
  it('renames a property name that occurs only as an identifier in the mangled folders', () => {
    const m = computeMangleMap(tree(), lib);
    for (const n of ['typeParams', 'resultList', 'variadicAt']) expect(m.names.get(n), n).toBeDefined();
    for (const n of ['typeParams', 'resultList', 'variadicAt']) expect(m.names.get(n)!.length, n).toBeLessThan(n.length);
  });

  it('leaves alone a name that appears in a string, template text or regular expression, anywhere', () => {
    const m = computeMangleMap(tree(), lib);
    expect(m.names.has('quotedName')).toBe(false); // a template's text
    expect(m.names.has('pushAll')).toBe(false); // a regular expression in another mangled file
    const withString = computeMangleMap(tree([{ path: 'src/ui/show.ts', text: 'export const k = "variadicAt";' }]), lib);
    expect(withString.names.has('variadicAt')).toBe(false);
  });

  it('leaves alone a name of TypeScript\'s lib declarations, a keyword, and an enum member', () => {
    const m = computeMangleMap(tree(), lib);
    expect(lib.has('length')).toBe(true);
    expect(m.names.has('length')).toBe(false);
    expect(m.names.has('type')).toBe(false);
    expect(m.names.has('enumMember')).toBe(false);
  });

  it('finds the lib\'s names after a template literal type, and the words of its string literal types', () => {
    const names = libNames(['type A = `${string}-x`;\ninterface B { afterTemplate: "copyLink" | "move"; method(paramName: number): void }\ndeclare var globalThing: B;']);
    for (const n of ['afterTemplate', 'copyLink', 'method', 'paramName', 'globalThing']) expect(names.has(n), n).toBe(true);
    expect(lib.has('copyLink')).toBe(true); // lib.dom.d.ts: DataTransfer's effectAllowed
  });

  it('leaves alone a name used in a file outside the mangled folders, TypeScript or not', () => {
    const m = computeMangleMap(tree(), lib);
    expect(m.names.has('reportedField')).toBe(false); // read by src/go/runtime
    const page = computeMangleMap(tree([{ path: 'src/go/types/more.ts', text: 'export const r = { fromAstro: 1, onlyHere: 2 };' }]), lib);
    expect(page.names.has('fromAstro')).toBe(false); // read by an .astro page
    expect(page.names.has('onlyHere')).toBe(true);
  });

  it('leaves alone the keys of object literals read as data: string-indexed types, Object.* arguments, indexed by a variable', () => {
    const m = computeMangleMap(tree(), lib);
    expect(m.names.has('tableKey')).toBe(false);
    expect(m.names.has('entriesKey')).toBe(false);
    expect(m.names.has('lookedUp')).toBe(false);
  });

  it('is deterministic: the same tree in any order gives the same map, the most used name the shortest new name', () => {
    const a = computeMangleMap(tree(), lib);
    const b = computeMangleMap([...tree()].reverse(), lib);
    expect([...b.names]).toEqual([...a.names]);
    const many = Array.from({ length: 60 }, (_, i) => `o.rareName${i};`).join(' ');
    const c = computeMangleMap([{ path: 'src/go/types/n.ts', text: `${many} o.usedTwice; o.usedThrice; o.usedTwice; o.usedThrice; o.usedThrice;` }], lib);
    expect(c.uses.get('usedThrice')).toBe(3);
    expect(c.uses.get('usedTwice')).toBe(2);
    // new names come shortest first, then in the order of the alphabet a-z, A-Z, 0-9
    const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    const rank = (n: string) => { const to = c.names.get(n)!; return [to.length, ...[...to].map((ch) => ALPHABET.indexOf(ch))]; };
    const before = (x: string, y: string) => {
      const [a, b] = [rank(x), rank(y)];
      for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
      return false;
    };
    expect(before('usedThrice', 'usedTwice')).toBe(true);
    expect(before('usedTwice', 'rareName0')).toBe(true);
    // ties break by name
    expect(before('rareName0', 'rareName1')).toBe(true);
  });

  it('gives new names that occur nowhere in the tree or the lib, and no two names the same new name', () => {
    const files = tree();
    const m = computeMangleMap(files, lib);
    const words = new Set(files.flatMap((f) => f.text.match(/[A-Za-z_$][\w$]*/g) ?? []));
    const fresh = [...m.names.values()];
    expect(new Set(fresh).size).toBe(fresh.length);
    for (const n of fresh) {
      expect(words.has(n), n).toBe(false);
      expect(lib.has(n), n).toBe(false);
    }
  });
});

describe('mangleSource: the renaming of one file', () => {
  it('renames declarations, accesses, shorthands and destructuring, and not strings or comments', () => {
    const m = { names: new Map([['typeParams', 'Q'], ['resultList', 'R']]), uses: new Map() };
    const src = 'const { resultList } = s; // typeParams stays\nconst o = { typeParams, resultList: "resultList" }; o.typeParams;';
    expect(mangleSource('src/go/types/x.ts', src, m)).toBe('const { R } = s; // typeParams stays\nconst o = { Q, R: "resultList" }; o.Q;');
  });

  it('keeps a template literal\'s text and renames inside its substitutions', () => {
    const m = { names: new Map([['typeParams', 'Q']]), uses: new Map() };
    expect(mangleSource('src/go/types/x.ts', 'const t = `a.typeParams ${s.typeParams} /x/`;', m)).toBe('const t = `a.typeParams ${s.Q} /x/`;');
  });
});

describe('the real tree', () => {
  it('renames many of the compiler\'s names, twice the same way, and none the worker, grader or pages read', () => {
    const a = treeMangleMap(ROOT);
    const b = treeMangleMap(ROOT);
    expect([...a.names]).toEqual([...b.names]);
    expect(a.names.size).toBeGreaterThan(50);
    for (const n of ['diagnostics', 'program', 'stdout', 'stderr', 'exitCode', 'message', 'line', 'col', 'file', 'kind', 'pos', 'name', 'imports', 'files'])
      expect(a.names.has(n), n).toBe(false);
  });

  it('is in the workers\' build plugins (astro.config.mjs and every build measuring it)', () => {
    expect(workerPlugins().map((p) => p.name)).toContain('leakproof:mangle-props');
  });
});

describe('a bundle built with the mangling', () => {
  let dir = '';
  const files = () => tree([{ path: 'src/go/index.ts', text: 'import { arity, sig } from "./types/check.ts";\nimport { parseSig } from "./syntax/parse.ts";\nexport const result = () => [arity(sig(["A", "B"])), parseSig().join(",")].join(" ");' }]);

  beforeAll(() => {
    mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
    dir = mkdtempSync(join(ROOT, 'node_modules/.cache/mangle-props-'));
    for (const f of files()) {
      mkdirSync(join(dir, f.path, '..'), { recursive: true });
      writeFileSync(join(dir, f.path), f.text);
    }
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** run imports a built module and calls its `result`. */
  const run = async (file: string): Promise<string> => ((await import(/* @vite-ignore */ pathToFileURL(file).href)) as { result: () => string }).result();

  it('with rolldown (the site\'s plugin): the same result as the sources, without the renamed names', async () => {
    const { rolldown } = await import('rolldown');
    const b = await rolldown({ input: join(dir, 'src/go/index.ts'), logLevel: 'silent', plugins: [mangleProps()] as never });
    const out = join(dir, 'rolldown.mjs');
    const code = (await b.generate({ format: 'esm' })).output[0].code;
    writeFileSync(out, code);
    expect(await run(out)).toBe('1 T');
    expect(code).not.toContain('typeParams');
    expect(code).not.toContain('resultList');
    expect(code).toContain('quotedName');
  });

  it('with esbuild (the bench\'s and the split-build test\'s form): the same result and the same map', async () => {
    const r = await build({ entryPoints: [join(dir, 'src/go/index.ts')], bundle: true, format: 'esm', write: false, logLevel: 'silent', plugins: [mangleEsbuild() as Plugin] });
    const out = join(dir, 'esbuild.mjs');
    const code = r.outputFiles[0]!.text;
    writeFileSync(out, code);
    expect(await run(out)).toBe('1 T');
    const m = treeMangleMap(dir);
    expect(code).toContain(`s.${m.names.get('typeParams')}.length`);
    expect(code).not.toContain('typeParams');
  });
});
