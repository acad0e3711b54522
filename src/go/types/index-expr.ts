/** index-expr: checking x[i] on strings, arrays, pointers to arrays, slices and maps (key `go:index`). */
import { msg } from './msg.ts';
import type * as A from '../syntax/ast.ts';
import { assignment } from './assign.ts';
import { invalidOperand, type Checker, type Operand } from './checker.ts';
import { expr, exprOrType, index, instantiateExplicit } from './expr.ts';
import { typesHooks } from './hooks.ts';
import { operandString } from './operand.ts';
import { coreType, isString } from './predicates.ts';
import type { Scope } from './scope.ts';
import { typExpr } from './typexpr.ts';
import { Typ, isInvalid, underlying } from './types.ts';

/** indexExpr checks x[i] (or a generic instantiation f[T]). */
export function indexExpr(c: Checker, e: A.IndexExpr, scope: Scope): Operand {
  const x = exprOrType(c, e.x, scope);
  if (x.mode === 'invalid') return invalidOperand(e);
  if (x.mode === 'typexpr') {
    const t = typExpr(c, e, scope);
    return isInvalid(t) ? invalidOperand(e) : { mode: 'typexpr', type: t, expr: e };
  }
  if (x.type.kind === 'signature' && x.type.typeParams.length) {
    // explicit instantiation f[T]
    return instantiateExplicit(c, e, x, scope);
  }
  if (e.indices.length > 1) {
    c.errorAt(e.indices[1], msg(190));
    return invalidOperand(e);
  }
  const u = coreType(x.type);
  const idx = e.indices[0];
  switch (u.kind) {
    case 'basic':
      if (isString(u)) {
        const i = index(c, idx, scope, x.mode === 'constant' && x.value?.kind === 'string' ? x.value.value.length : -1);
        if (x.mode === 'constant' && x.value?.kind === 'string' && i !== undefined && i >= 0) {
          return { mode: 'constant', type: Typ.byte, value: { kind: 'int', value: BigInt(x.value.value.charCodeAt(i)) }, expr: e };
        }
        return { mode: 'value', type: Typ.byte, expr: e };
      }
      break;
    case 'array':
      index(c, idx, scope, u.len);
      return { mode: x.mode === 'variable' ? 'variable' : 'value', type: u.elem, expr: e };
    case 'pointer': {
      const pu = underlying(u.elem);
      if (pu.kind === 'array') {
        index(c, idx, scope, pu.len);
        return { mode: 'variable', type: pu.elem, expr: e };
      }
      break;
    }
    case 'slice':
      index(c, idx, scope, -1);
      return { mode: 'variable', type: u.elem, expr: e };
    case 'map': {
      const k = expr(c, idx, scope, u.key);
      if (k.mode !== 'invalid') assignment(c, k, u.key, 'map index');
      return { mode: 'mapindex', type: u.elem, expr: e };
    }
  }
  c.errorAt(x.expr!, msg(191, operandString(x)));
  expr(c, idx, scope);
  return invalidOperand(e);
}

typesHooks.indexExpr = indexExpr;
