/**
 * lazy: loads parts of the Go runtime (standard-library packages, rarely used compiler features) only when a
 * program needs them. compile/run stay synchronous; an asynchronous `prepare` before compile loads what the
 * program's files need. Under Node nothing is registered here (every part is imported eagerly by its
 * `*.eager.ts` module), so `prepare` resolves at once; the browser worker's build swaps each `X.eager.ts` for
 * its `X.lazy.ts`, which registers loaders and detectors here instead (contract: docs/go-bundle.md).
 */
import type { File } from './syntax/ast.ts';
import { parseFiles, type SourceFile } from './syntax/index.ts';

/** Detector names the keys a program's parsed files need (it must not throw on partial, error-recovered ASTs). */
export type Detector = (files: readonly File[]) => Iterable<string>;

interface Entry { load: () => Promise<unknown>; deps: readonly string[]; done: Promise<void> | null; loaded: boolean }

const entries = new Map<string, Entry>();
const detectors: Detector[] = [importDetector];
let pending = 0;

/** registerLazy makes `key` loadable: `load` runs once, after `deps`, and has installed the part when it resolves. */
export function registerLazy(key: string, load: () => Promise<unknown>, deps: readonly string[] = []): void {
  const old = entries.get(key);
  if (old && !old.loaded) pending--;
  entries.set(key, { load, deps, done: null, loaded: false });
  pending++;
}

/** registerDetector adds a detector that `prepare` runs over the parsed files of every program. */
export function registerDetector(detect: Detector): void {
  detectors.push(detect);
}

/** isPending says whether `key` is registered here and not loaded yet. */
export function isPending(key: string): boolean {
  const e = entries.get(key);
  return !!e && !e.loaded;
}

/** loadedKeys lists the keys loaded so far, in the order their loads finished. */
export function loadedKeys(): string[] {
  return [...entries].filter(([, e]) => e.loaded).map(([k]) => k);
}

/** loadKeys loads every registered key in `keys` (and its deps); keys nobody registered are ignored (eager or unknown). */
export async function loadKeys(keys: Iterable<string>): Promise<void> {
  const all: Promise<void>[] = [];
  for (const k of keys) {
    const p = loadOne(k, []);
    if (p) all.push(p);
  }
  await Promise.all(all);
}

function loadOne(key: string, chain: readonly string[]): Promise<void> | null {
  const e = entries.get(key);
  if (!e || e.loaded) return null;
  if (chain.includes(key)) throw new Error(`internal error: lazy dependency cycle ${[...chain, key].join(' -> ')}`);
  if (!e.done) {
    const deps = e.deps.map((d) => loadOne(d, [...chain, key])).filter((p): p is Promise<void> => p !== null);
    e.done = Promise.all(deps).then(() => e.load()).then(
      () => { e.loaded = true; pending--; },
      (err: unknown) => { e.done = null; throw err; },
    );
  }
  return e.done;
}

/** needs lists the keys the detectors find in the parsed files (std imports as `std:<path>`). */
export function needs(files: readonly File[]): Set<string> {
  const out = new Set<string>();
  for (const d of detectors) for (const k of d(files)) out.add(k);
  return out;
}

/** prepare loads what the files need before they are compiled; resolves at once (no parse) when nothing is pending. */
export async function prepare(files: readonly SourceFile[], extraKeys: Iterable<string> = []): Promise<void> {
  const keys = [...extraKeys];
  if (pending > 0) keys.push(...needs(parseFiles(files).files));
  await loadKeys(keys);
}

/** importPath is an import spec's path, or null when its literal is malformed (the checker reports it). */
export function importPath(lit: { value: string; bad?: boolean }): string | null {
  if (lit.bad) return null;
  const v = lit.value;
  if (v.startsWith('`')) return v.slice(1, -1);
  try {
    const p: unknown = JSON.parse(v);
    return typeof p === 'string' ? p : null;
  } catch {
    return null;
  }
}

/** stdKey is the lazy key of the standard-library package `path`. */
export function stdKey(path: string): string {
  return `std:${path}`;
}

/** importDetector: each imported path `p` needs the standard-library key `std:p`. */
function importDetector(files: readonly File[]): string[] {
  const out: string[] = [];
  for (const f of files) for (const s of f.imports) {
    const p = importPath(s.path);
    if (p !== null) out.push(stdKey(p));
  }
  return out;
}
