/** The checker's API: type-check the parsed files of package main; returns Info for the lowering and diagnostics. */
import { msg } from './msg.ts';
import type * as A from '../syntax/ast.ts';
import { hasSyntaxErrors, parseFiles, type Diagnostic, type SourceFile } from '../syntax/index.ts';
import { ErrorList } from '../syntax/diagnostics.ts';
import { TooManyErrors } from '../syntax/diagnostics.ts';
import { setAnyType } from './call.ts';
import { Checker } from './checker.ts';
import { checkPackageObjects, collectObjects, installInstanceExpansion, unusedImports } from './decl.ts';
import type { Info } from './info.ts';
import { initOrder } from './init-order.ts';
import { importablePackage } from './stdlib/registry.ts';
import { anyType } from './universe.ts';
import './features.eager.ts';

export type { Info } from './info.ts';
export { registerPackage, supportedImports } from './stdlib/registry.ts';

setAnyType(anyType);

/** checkFiles type-checks the files of package main (ASTs from parseFiles, or sources to parse first). */
export function checkFiles(files: readonly A.File[] | readonly SourceFile[]): { info: Info; diagnostics: Diagnostic[] } {
  let asts: A.File[];
  const errors = new ErrorList();
  if (files.length > 0 && 'kind' in files[0]) asts = files as A.File[];
  else {
    // as gc does: errors that are not "syntax error"s (bad literals, misplaced break, unused labels) are
    // reported together with type errors; a syntax error (or a missing package clause) stops before checking
    const srcs = files as SourceFile[];
    const parsed = parseFiles(srcs, errors);
    if (hasSyntaxErrors(parsed.diagnostics) || parsed.files.length < srcs.length) {
      const c = new Checker('main', importablePackage);
      return { info: c.info, diagnostics: parsed.diagnostics };
    }
    asts = parsed.files;
  }
  const c = new Checker('main', importablePackage, errors);
  installInstanceExpansion(c);
  Checker.stopOnTooMany(() => {
    for (const f of asts) {
      if (f.pkgName.name !== 'main') c.errorAt(f.pkgName, msg(180, f.pkgName.name));
    }
    collectObjects(c, asts);
    checkPackageObjects(c, asts);
    c.runDelayed();
    unusedImports(c);
    c.runDelayed();
  });
  if (!c.errors.full) {
    try {
      c.info.initOrder = initOrder(c, asts);
    } catch (e) {
      if (!(e instanceof TooManyErrors)) throw e;
    }
  }
  return { info: c.info, diagnostics: c.errors.diagnostics() };
}
