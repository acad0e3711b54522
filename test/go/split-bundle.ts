// The Go runtime bundled as the browser worker gets it, for tests: esbuild with code splitting and the workers'
// plugins (src/go/split-build.ts: each `X.eager.ts` swapped for `X.lazy.ts`, the compiler's property names
// renamed), with four entries (the API, the lazy loader, the lesson runner, the late-key record) so a test can
// reach each copy's own state. Each `fresh()` imports a new copy, whose module state starts empty.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { afterAll, beforeAll } from 'vitest';
import { loadSqlJs } from '../../src/cli/sim-stack.ts';
import type { SqlJs } from '../../src/mysql/sqljs-types.ts';
import { withLateParts } from '../../src/go/late-retry.ts';
import { workerEsbuildPlugins } from '../../src/go/split-build.ts';

const ROOT = join(import.meta.dirname, '../..');

/** SplitInstance is one fresh evaluation of the split bundle (its own package tables, lazy and late state). */
export interface SplitInstance {
  go: typeof import('../../src/go/index.ts');
  lazy: typeof import('../../src/go/lazy.ts');
  lesson: typeof import('../../src/go/std/sql/lesson-run.ts');
  late: typeof import('../../src/go/syntax/late-keys.ts');
}

/** SplitBundle builds the bundle once (`build`, in beforeAll), hands out fresh copies, and removes its files (`remove`). */
interface SplitBundle { build(): Promise<void>; fresh(): Promise<SplitInstance>; remove(): void }

/** splitBundle makes a bundle under node_modules/.cache named after `name` (one per test file). */
function splitBundle(name: string): SplitBundle {
  let base = '';
  let copies = 0;
  return {
    async build() {
      mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
      base = mkdtempSync(join(ROOT, `node_modules/.cache/${name}-`));
      await build({
        entryPoints: { go: join(ROOT, 'src/go/index.ts'), lazy: join(ROOT, 'src/go/lazy.ts'), lesson: join(ROOT, 'src/go/std/sql/lesson-run.ts'), late: join(ROOT, 'src/go/syntax/late-keys.ts') },
        bundle: true, splitting: true, format: 'esm', outdir: join(base, 'build'), outExtension: { '.js': '.mjs' }, logLevel: 'silent', plugins: workerEsbuildPlugins() as Plugin[],
      });
    },
    async fresh() {
      const dir = join(base, `copy-${copies++}`);
      cpSync(join(base, 'build'), dir, { recursive: true });
      const load = (f: string) => import(/* @vite-ignore */ pathToFileURL(join(dir, f)).href);
      const [go, lazy, lesson, late] = await Promise.all([load('go.mjs'), load('lazy.mjs'), load('lesson.mjs'), load('late.mjs')]);
      return { go, lazy, lesson, late };
    },
    remove() {
      if (base) rmSync(base, { recursive: true, force: true });
    },
  };
}

/**
 * useSplitBundle builds a split bundle before the file's tests (with sql.js, for programs that open a database) and
 * removes it after them. The build renames property names over the whole tree first (src/go/mangle-props.ts):
 * seconds on a loaded machine, hence the hook's two minutes.
 */
export function useSplitBundle(name: string): { fresh: () => Promise<SplitInstance>; sqljs: () => SqlJs } {
  const bundle = splitBundle(name);
  let sql: SqlJs | undefined;
  beforeAll(async () => {
    await bundle.build();
    sql = await loadSqlJs();
  }, 120_000);
  afterAll(() => bundle.remove());
  return { fresh: bundle.fresh, sqljs: () => sql! };
}

/** withLateKeys is the browser worker's retry (src/go/late-retry.ts) over one instance's late record and loader. */
export function withLateKeys<T>(inst: SplitInstance, work: () => T): Promise<T> {
  return withLateParts({ lateCount: inst.late.lateCount, lateKeys: inst.late.lateKeys, isPending: inst.lazy.isPending, loadKeys: inst.lazy.loadKeys }, work);
}
