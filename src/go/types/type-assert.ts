/** type-assert: checking type assertions x.(T) (key `go:assert`: loaded in the browser only for programs that have one or a type switch). */
import { msg } from './msg.ts';
import type * as A from '../syntax/ast.ts';
import { exprString } from '../syntax/parser.ts';
import { invalidOperand, type Checker, type Operand } from './checker.ts';
import { expr } from './expr.ts';
import { typesHooks } from './hooks.ts';
import { missingMethodCause } from './lookup.ts';
import { typeString } from './names.ts';
import { operandString } from './operand.ts';
import { isInterface } from './predicates.ts';
import type { Scope } from './scope.ts';
import { typExpr } from './typexpr.ts';
import { isInvalid, type Type } from './types.ts';

/** typeAssertExpr checks x.(T): x an interface (not a type parameter), T a type that can implement it. */
export function typeAssertExpr(c: Checker, e: A.TypeAssertExpr, scope: Scope): Operand {
  const x = expr(c, e.x, scope);
  if (x.mode === 'invalid') return x;
  if (!e.type) {
    c.errorAt(e, msg(12));
    return invalidOperand(e);
  }
  if (x.type.kind === 'typeparam') {
    c.errorAt(e.x, msg(13, operandString(x)));
    return invalidOperand(e);
  }
  if (!isInterface(x.type)) {
    c.errorAt(e.x, msg(14, operandString(x)));
    return invalidOperand(e);
  }
  const T = typExpr(c, e.type, scope);
  if (isInvalid(T)) return invalidOperand(e);
  typeAssertion(c, e, x, T, false);
  return { mode: 'commaok', type: T, expr: e };
}

/** typeAssertion reports impossible assertions x.(T). */
export function typeAssertion(c: Checker, e: A.Expr, x: Operand, T: Type, typeSwitch: boolean): void {
  if (isInterface(T) || T.kind === 'typeparam') return;
  const cause = missingMethodCause(T, x.type, c.inst);
  if (!cause) return;
  if (typeSwitch) {
    c.errorAt(e, msg(59, exprString(e), operandString(x), typeString(T), cause));
  } else {
    c.errorAt(e, msg(60, exprString(e), typeString(T), typeString(x.type), cause));
  }
}

typesHooks.typeAssertExpr = typeAssertExpr;
