/**
 * split-build: how the browser workers are bundled so the Go runtime loads parts per import (src/go/lazy.ts).
 * Used by astro.config.mjs (the site's Vite/rolldown worker build) and bench/go.ts (the same build measured).
 * Build-time code only: nothing at run time imports it.
 */
import { mangleEsbuild, mangleProps, type RolldownTransformPlugin } from './mangle-props.ts';

/** lazySibling maps `…/X.eager.ts` to `…/X.lazy.ts` (the browser's stand-in), or null for any other module. */
export function lazySibling(source: string): string | null {
  return source.endsWith('.eager.ts') ? source.slice(0, -'.eager.ts'.length) + '.lazy.ts' : null;
}

/** ResolveContext is the part of a rolldown/Vite plugin context eagerToLazy uses. */
interface ResolveContext { resolve(source: string, importer: string | undefined, opts: object): Promise<unknown> }

/** eagerToLazy is a rolldown/Vite plugin that swaps every `X.eager.ts` import for `X.lazy.ts`. */
export function eagerToLazy(): { name: string; enforce: 'pre'; resolveId(this: ResolveContext, source: string, importer: string | undefined, opts: object): Promise<unknown> } {
  return {
    name: 'leakproof:eager-to-lazy',
    enforce: 'pre',
    async resolveId(source, importer, opts) {
      const lazy = lazySibling(source);
      return lazy === null ? null : this.resolve(lazy, importer, { ...opts, skipSelf: true });
    },
  };
}

/** ModuleGraph is the part of rolldown's chunking context entryStatic reads. */
interface ModuleGraph { getModuleInfo(id: string): { isEntry: boolean; importers: readonly string[] } | null }

/** staticallyLoaded says whether the entry loads `id` before any dynamic import: an entry, or statically imported by such a module. */
function staticallyLoaded(id: string, graph: ModuleGraph, seen: Set<string>): boolean {
  if (seen.has(id)) return false;
  seen.add(id);
  const info = graph.getModuleInfo(id);
  return !!info && (info.isEntry || info.importers.some((i) => staticallyLoaded(i, graph, seen)));
}

/**
 * workerCodeSplitting (rolldown `output.codeSplitting`) puts every module the worker's entry loads statically
 * into one chunk. By default rolldown moves each module a lazy chunk shares with the entry into a chunk of its
 * own (16 chunks before any program, +4 KB gzipped, each gzipped apart); lazy chunks keep the default split.
 */
export const workerCodeSplitting = {
  groups: [{ debugName: 'worker-main', name: (id: string, graph: ModuleGraph): string | null => (staticallyLoaded(id, graph, new Set()) ? 'worker-main' : null) }],
};

/**
 * workerPlugins are the rolldown/Vite plugins of the browser workers' build (astro.config.mjs) and of every build
 * that measures or tests it: the eager→lazy swap, and the compiler's property names mangled (src/go/mangle-props.ts;
 * esbuild's form of both: `mangleEsbuild` there and the swap in bench/go.ts and test/go/lazy-split.test.ts).
 */
export function workerPlugins(): (ReturnType<typeof eagerToLazy> | RolldownTransformPlugin)[] {
  return [eagerToLazy(), mangleProps()];
}

/** EsbuildResolver is the part of esbuild's plugin build eagerToLazyEsbuild uses. */
interface EsbuildResolver {
  onResolve(opts: { filter: RegExp }, cb: (a: { path: string; kind: string; resolveDir: string; importer: string }) => Promise<{ path: string }>): void;
  resolve(path: string, opts: { kind: string; resolveDir: string; importer: string }): Promise<{ path: string }>;
}

/** eagerToLazyEsbuild is eagerToLazy for esbuild (the bench's and the tests' split builds). */
export function eagerToLazyEsbuild(): { name: string; setup(b: EsbuildResolver): void } {
  return {
    name: 'leakproof:eager-to-lazy',
    setup(b) {
      b.onResolve({ filter: /\.eager\.ts$/ }, async (a) => ({ path: (await b.resolve(lazySibling(a.path)!, { kind: a.kind, resolveDir: a.resolveDir, importer: a.importer })).path }));
    },
  };
}

/** workerEsbuildPlugins are workerPlugins for esbuild: the same swap and the same property renaming. */
export function workerEsbuildPlugins(): unknown[] {
  return [eagerToLazyEsbuild(), mangleEsbuild()];
}
