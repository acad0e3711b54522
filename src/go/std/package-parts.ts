/**
 * package-parts: strings and strconv load in two parts in the browser worker. A package's own chunk (`std:<path>`)
 * holds its checker declarations, whole (a mistyped name gets Go's message), and what course programs use; the
 * rest (`std:<path>#more`) loads when a compile first names one of its members: the lowerer reads the member from
 * the package's table, which records the part as needed late (the worker loads it and compiles again, as for the
 * diagnostics chunk: src/go/syntax/late-keys.ts) and fails that compile with a diagnostic, never a JavaScript
 * error. Used by pkg/strings-parts.lazy.ts and pkg/strconv-parts.lazy.ts; under Node every part is imported at
 * once (their `.eager.ts` siblings). Contract and figures: docs/go-bundle-std-split.md.
 */
import { isPending, registerLazy } from '../lazy.ts';
import { needLate } from '../syntax/late-keys.ts';
import { LowerError } from '../lower/lower.ts';

/** partKey is the lazy key of the rest of package `path`. */
export const partKey = (path: string): string => `std:${path}#more`;

/** rests are the keys of the rests registered so far (those of the packages loaded). */
const rests: string[] = [];

/**
 * loadInParts registers the rest of package `path` as a lazy part, and guards the package's tables: reading an
 * exported name they lack while the rest is not loaded fails the compile, and records as needed late the rest of
 * every package loaded (one retry then loads all a program may name: the compile stops at the first it lacks).
 */
export function loadInParts<T extends { [K in keyof T]: object }>(path: string, tables: T, load: () => Promise<unknown>): void {
  const key = partKey(path);
  registerLazy(key, load);
  rests.push(key);
  for (const k in tables) {
    tables[k] = new Proxy(tables[k]!, {
      get(t, name) {
        if (typeof name === 'string' && /^[A-Z]/.test(name) && !(name in t) && isPending(key)) {
          for (const r of rests) if (isPending(r)) needLate(r);
          throw new LowerError({ file: '', line: 0, col: 0, offset: 0 }, `the course runtime did not load ${path}.${name} (an error of ours); reload the page`);
        }
        return (t as Record<string | symbol, unknown>)[name];
      },
    });
  }
}
