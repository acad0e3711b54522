/** The syntax front end's API: parse the files of package main into ASTs plus gc-worded syntax diagnostics. */
import type { File } from './ast.ts';
import { ErrorList, TooManyErrors, type Diagnostic } from './diagnostics.ts';
import { Parser } from './parser.ts';

export type { Diagnostic } from './diagnostics.ts';
export { formatDiagnostic } from './diagnostics.ts';

/** SourceFile is one named source text, e.g. `{ name: 'main.go', text }`. */
export interface SourceFile {
  name: string;
  text: string;
}

/** parseFiles parses every file; files holds the ASTs of files whose package clause parsed. */
export function parseFiles(files: readonly SourceFile[], errors: ErrorList = new ErrorList()): { files: File[]; diagnostics: Diagnostic[] } {
  const out: File[] = [];
  try {
    for (const f of files) {
      const p = new Parser(f.name, f.text, (pos, msg) => errors.add(pos, msg));
      const ast = p.parseFile();
      if (ast) out.push(ast);
    }
  } catch (e) {
    if (!(e instanceof TooManyErrors)) throw e;
  }
  return { files: out, diagnostics: errors.diagnostics() };
}

/** hasSyntaxErrors reports whether diagnostics include a "syntax error" (gc then skips type checking). */
export function hasSyntaxErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some((d) => d.message.startsWith('syntax error') || d.message.startsWith("expected 'package'") || d.message === 'too many errors');
}

/** parseFile parses a single file with its own error list (max 10 errors). */
export function parseFile(name: string, text: string): { file?: File; diagnostics: Diagnostic[] } {
  const r = parseFiles([{ name, text }]);
  return { file: r.files[0], diagnostics: r.diagnostics };
}
