/** table: the Go declarations of every package the checker can import, by import path, and the checked packages cached. */
import type { Package } from '../checker.ts';

/** sources holds each registered package's declarations and whether learners may import it. */
export const sources = new Map<string, { source: string; importable: boolean }>();
/** cache holds each package checked so far (cleared for a path when it is registered again). */
export const cache = new Map<string, Package>();

/** registerPackage adds (or replaces) a package by import path, given its Go declarations without bodies (the same declarations again change nothing). */
export function registerPackage(path: string, source: string, opts: { importable?: boolean } = {}): void {
  const importable = opts.importable ?? true;
  const old = sources.get(path);
  if (old && old.source === source && old.importable === importable) return;
  sources.set(path, { source, importable });
  cache.delete(path);
}

/** supportedImports lists the import paths learners may use (the loaded ones, in a browser worker). */
export function supportedImports(): string[] {
  return [...sources].filter(([, s]) => s.importable).map(([p]) => p).sort();
}
