/** operandString describes an operand as types2 does: `x (variable of type int)`, `"a" (untyped string constant)`. */
import type { Operand } from './checker.ts';
import { diag } from './hooks.ts';

/** operandString renders x for messages (diag.ts; a placeholder while `go:diag` is not loaded). */
export function operandString(x: Operand): string {
  return diag()?.operandString(x) ?? '?';
}
