/** switch-tag: checking an expression switch's tag (key `go:switchtag`: loaded in the browser only for programs whose switch has one). */
import { msg } from './msg.ts';
import type * as A from '../syntax/ast.ts';
import { assignment } from './assign.ts';
import type { Checker, Operand } from './checker.ts';
import { expr } from './expr.ts';
import { typesHooks } from './hooks.ts';
import { operandString } from './operand.ts';
import { hasNil, isInterface } from './predicates.ts';
import type { Scope } from './scope.ts';
import { Typ, underlying, type Type } from './types.ts';

/** switchTag checks a switch's tag: a comparable value (or one with nil), as a switch expression. */
export function switchTag(c: Checker, e: A.Expr, scope: Scope): Operand {
  let tag = expr(c, e, scope);
  if (tag.mode !== 'invalid') {
    tag = assignment(c, tag, undefined, 'switch expression');
    if (tag.mode !== 'invalid' && !isInterface(tag.type) && !isComparableT(tag.type) && !hasNil(tag.type)) {
      c.errorAt(e, msg(197, operandString(tag)));
      tag = { mode: 'invalid', type: Typ.invalid };
    }
  }
  return tag;
}

function isComparableT(t: Type): boolean {
  const u = underlying(t);
  return !(u.kind === 'slice' || u.kind === 'map' || u.kind === 'signature');
}

typesHooks.switchTag = switchTag;
