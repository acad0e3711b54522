/**
 * messages: the parser's and checker's way to print syntax in messages (print.ts, part of the diagnostics chunk
 * `go:diag`). While that part is not loaded, each call records `go:diag` as needed late and returns a
 * placeholder that is never shown (src/go/syntax/late-keys.ts): only messages use these.
 */
import type * as A from './ast.ts';
import { syntaxHooks } from './hooks.ts';
import { needLate } from './late-keys.ts';

function printer(): NonNullable<typeof syntaxHooks.print> | undefined {
  const p = syntaxHooks.print;
  if (!p) needLate('go:diag');
  return p;
}

/** exprString renders an expression the way gc's syntax printer does (for messages). */
export function exprString(x: A.Expr): string {
  return printer()?.exprString(x) ?? '?';
}

/** stmtString renders a simple statement like gc's printer (for messages). */
export function stmtString(s: A.Stmt): string {
  return printer()?.stmtString(s) ?? '?';
}

/** emphasize renders an expression list, parenthesising a lone binary expression (for messages). */
export function emphasize(xs: A.Expr[]): string {
  return printer()?.emphasize(xs) ?? '?';
}
