// The browser worker's chunks as the site's build makes them (rolldown, the swap of src/go/split-build.ts and its
// codeSplitting): a standard-library package arrives in one fetch — its registration, implementation and checker
// declarations in one chunk — and the packages every course program loads together (fmt, io, errors, log; time,
// context) are in the entry (std/pkg/fmt-io-errors-log.ts, std/pkg/time-context.ts, imported by packages.lazy.ts).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { workerCodeSplitting, workerPlugins } from '../../src/go/split-build.ts';

const ROOT = join(import.meta.dirname, '../..');
/** chunkOf maps a module (path under src/) to the file name of the chunk holding it. */
const chunkOf = new Map<string, string>();
let entry = '';

beforeAll(async () => {
  const { rolldown } = await import('rolldown');
  const b = await rolldown({ input: { go: join(ROOT, 'src/go/index.ts') }, logLevel: 'silent', plugins: workerPlugins() as never });
  const out = await b.generate({ format: 'esm', minify: true, codeSplitting: workerCodeSplitting as never, entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' });
  for (const o of out.output) {
    if (o.type !== 'chunk') continue;
    for (const id of Object.keys(o.modules)) chunkOf.set(id.replace(join(ROOT, 'src') + '/', ''), o.fileName);
    if (o.modules[join(ROOT, 'src/go/index.ts')]) entry = o.fileName;
  }
}, 60_000);

/** packageModules are the modules of a std package `name` (file stem): registration, implementation, declarations. */
const packageModules = (stem: string, impl: string = stem): string[] => [`go/std/pkg/${stem}.ts`, `go/std/${impl}.ts`, `go/types/stdlib/pkg/${stem}.ts`];

describe('the split runtime, bundled as the site bundles the runner worker', () => {
  it('puts fmt, io, errors and log (with fmt\'s printer and quoting) in the entry, and float formatting in a chunk of its own', () => {
    const mods = [...['fmt', 'io', 'errors', 'log'].flatMap((p) => packageModules(p)), 'go/std/pkg/fmt-io-errors-log.ts', 'go/std/format/float.ts', 'go/std/format/quote.ts', 'go/runtime/fmt-printer.ts'];
    const chunks = new Set(mods.map((m) => chunkOf.get(m)));
    expect([...chunks]).toEqual([entry]);
    const float = new Set(['go/std/format/float-text.ts', 'go/std/format/decimal.ts'].map((m) => chunkOf.get(m)));
    expect([...float]).toHaveLength(1);
    expect([...float][0]).toBeDefined();
    expect([...float][0]).not.toBe(entry);
    const rare = chunkOf.get('go/std/format/float-rare.ts');
    expect(rare).toBeDefined();
    expect([entry, [...float][0]]).not.toContain(rare);
  });

  it('puts time and context (with Duration\'s String and the simulator\'s contexts) in the entry, and time.Time\'s formatting and the timers in chunks of their own', () => {
    const mods = [...packageModules('time'), ...packageModules('context'), 'go/std/pkg/time-context.ts', 'go/std/time-format.ts', 'go/std/format/duration.ts', 'sim/context.ts'];
    const chunks = new Set(mods.map((m) => chunkOf.get(m)));
    expect([...chunks]).toEqual([entry]);
    const layout = chunkOf.get('go/std/time-layout.ts');
    expect(layout).toBeDefined();
    expect(layout).not.toBe(entry);
    expect(layout).not.toBe(chunkOf.get('go/std/format/float-text.ts'));
    const timers = chunkOf.get('go/std/time-timers.ts');
    expect(timers).toBeDefined();
    expect([entry, layout]).not.toContain(timers);
  });

  it('gives every other package one chunk of its own, outside the entry', () => {
    const others: [string, string][] = [['strings', 'strings'], ['strconv', 'strconv'], ['os', 'os'], ['sync', 'sync'], ['sort', 'sort'], ['math', 'math'], ['math-rand', 'rand'], ['sync-atomic', 'atomic']];
    const seen = new Set<string>();
    for (const [stem, impl] of others) {
      const chunks = new Set(packageModules(stem, impl).map((m) => chunkOf.get(m)));
      expect([...chunks], stem).toHaveLength(1);
      const c = [...chunks][0]!;
      expect(c, stem).not.toBe(entry);
      expect(seen.has(c), stem).toBe(false);
      seen.add(c);
    }
  });

  it('keeps database/sql\'s call-site lookup out of the entry, and the run\'s sql environment in it', () => {
    expect(chunkOf.get('go/std/sql/env.ts')).toBe(entry);
    expect(chunkOf.get('go/std/sql/site.ts')).toBeDefined();
    expect(chunkOf.get('go/std/sql/site.ts')).not.toBe(entry);
  });
});
