/** The registry of importable packages: Go declaration sources checked once by our own parser and checker. */
import { parseFiles } from '../../syntax/index.ts';
import type { File } from '../../syntax/ast.ts';
import { formatDiagnostic } from '../../syntax/diagnostics.ts';
import { Checker, type Package } from '../checker.ts';
import { checkPackageObjects, collectObjects, installInstanceExpansion } from '../decl.ts';
import { cache, sources } from './table.ts';
// Node: every issue-4 package's declarations, registered now; the browser worker's build swaps in decls.lazy.ts.
import './decls.eager.ts';

export { registerPackage, supportedImports } from './table.ts';

const loading = new Set<string>();

/** loadPackage returns the checked package for path (for imports between stubs, internal ones too). */
export function loadPackage(path: string): Package | undefined {
  const hit = cache.get(path);
  if (hit) return hit;
  const src = sources.get(path);
  if (!src) return undefined;
  if (loading.has(path)) throw new Error(`internal error: import cycle in stdlib stubs at ${path}`);
  loading.add(path);
  try {
    const name = `${path}.go`;
    const parsed = parseFiles([{ name, text: src.source }]);
    if (parsed.diagnostics.length) throw new Error(`internal error: stdlib stub ${path}: ${parsed.diagnostics.map(formatDiagnostic).join('; ')}`);
    const files: File[] = parsed.files;
    const c = new Checker(path, loadPackage);
    installInstanceExpansion(c);
    collectObjects(c, files);
    checkPackageObjects(c, files);
    c.runDelayed();
    const diags = c.errors.diagnostics();
    if (diags.length) throw new Error(`internal error: stdlib stub ${path}: ${diags.map(formatDiagnostic).join('; ')}`);
    const pkg: Package = { path, name: files[0].pkgName.name, scope: c.pkgScope };
    cache.set(path, pkg);
    return pkg;
  } finally {
    loading.delete(path);
  }
}

/** importablePackage is the loader used for learner programs: internal-only packages are not importable. */
export function importablePackage(path: string): Package | undefined {
  const src = sources.get(path);
  if (!src || !src.importable) return undefined;
  return loadPackage(path);
}
