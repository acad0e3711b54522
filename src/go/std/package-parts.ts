/**
 * package-parts: the standard-library packages whose implementation loads in parts (strings, strconv). A
 * package's own chunk (`std:<path>`) holds its checker declarations, whole, and the members course programs use;
 * the rest of it loads as a part (`std:<path>#<part>`) when a program names one of its members. Go code reaches a
 * package member only as a selector `name.Member` on the import's local name (the checker rejects dot imports),
 * so the detector is exact: a method of a type loads with the selector naming the type (strings.Builder) or the
 * function returning it (strings.NewReplacer). Contract and figures: docs/go-bundle-std-split.md.
 */
import type { File, SelectorExpr } from '../syntax/ast.ts';
import { importPath, isPending } from '../lazy.ts';
import { needLate } from '../syntax/late-keys.ts';
import { LowerError } from '../lower/lower.ts';

/** OWN lists, per package loaded in parts, the members its own chunk implements (each name between spaces). */
const OWN: Record<string, string> = {
  strings: ' Contains HasPrefix HasSuffix Join SplitN ToUpper ',
  strconv: ' Atoi ErrRange ErrSyntax FormatInt Itoa NumError ParseInt ',
};

/** partKey is the lazy key of the part of package `path` implementing `name`, or null when the package's own chunk does (or `path` is not loaded in parts). */
export function partKey(path: string, name: string): string | null {
  const own = OWN[path];
  return own === undefined || own.includes(` ${name} `) ? null : `std:${path}#${name === 'Builder' ? 'builder' : 'more'}`;
}

/** partsDetector names the part of each member a file selects on an import of strings or strconv (it never throws on partial ASTs). */
export function partsDetector(files: readonly File[]): string[] {
  const out: string[] = [];
  for (const f of files) {
    const local = new Map<string, string>();
    for (const s of f.imports ?? []) {
      const p = s.path ? importPath(s.path) : null;
      if (p !== null && p in OWN) local.set(s.name?.name ?? p, p);
    }
    const visit = (n: unknown): void => {
      if (!n || typeof n !== 'object') return;
      if (Array.isArray(n)) {
        for (const x of n) visit(x);
        return;
      }
      const o = n as Record<string, unknown>;
      const e = o as unknown as SelectorExpr;
      const p = o.kind === 'SelectorExpr' && e.x?.kind === 'Ident' ? local.get(e.x.name) : undefined;
      const k = p && e.sel ? partKey(p, e.sel.name) : null;
      if (k) out.push(k);
      for (const key in o) if (key !== 'pos' && key !== 'end') visit(o[key]);
    };
    if (local.size) visit(f.decls);
  }
  return out;
}

/**
 * partTable wraps a package's function or type table: reading an exported name whose part is registered but not
 * loaded (a host that compiled without `prepare`, or a detector bug) records the part as needed late (the browser
 * worker loads it and compiles again: src/go/syntax/late-keys.ts) and makes the compile a diagnostic, never a
 * JavaScript error. Under Node every part is loaded, and the table reads as a plain object.
 */
export function partTable<T extends object>(path: string, table: T): T {
  return new Proxy(table, {
    get(t, name) {
      const key = typeof name === 'string' && /^[A-Z]/.test(name) && !(name in t) ? partKey(path, name) : null;
      if (key && isPending(key)) {
        needLate(key);
        throw new LowerError({ file: '', line: 0, col: 0, offset: 0 }, `the course runtime did not load ${path}.${String(name)} (an error of ours); reload the page`);
      }
      return Reflect.get(t, name);
    },
  });
}
