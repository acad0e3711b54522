/** assign-op: lowering compound assignments and ++/-- (key `go:assignop`: loaded in the browser only for programs with one). */
import type * as A from '../syntax/ast.ts';
import { underlying, type Type } from '../types/types.ts';
import { lowerHooks } from './hooks.ts';
import { LowerError, type Lowerer } from './lower.ts';

/** assignOp lowers `l op= r` and `l++`/`l--` (one is the literal 1), evaluating l's operands once. */
export function assignOp(L: Lowerer, l: A.Expr, op: string, r: A.Expr | null, t: Type, one?: A.BasicLit): string {
  while (l.kind === 'ParenExpr') l = l.x;
  const rhs = r ?? one!;
  const rcode = r ? (op === '<<' || op === '>>' ? L.expr(r) : L.exprTo(r, t)) : '1';
  const bin = (cur: string) => L.binop(op, cur, rcode, t, r ? L.typeOf(r) : t, rhs);
  if (l.kind === 'Ident') {
    const o = L.obj(l)!;
    const ref = L.varRef(o);
    return `${ref} = ${bin(ref)};`;
  }
  if (l.kind === 'IndexExpr') {
    const xt0 = L.typeOf(l.x);
    const xu = underlying(xt0);
    const x = L.tmp(), i = L.tmp();
    const xt = xu.kind === 'pointer' ? xu.elem : xt0;
    const pre = `const ${x} = ${xu.kind === 'pointer' ? `(${L.expr(l.x)} ?? $rt.nilp())` : L.expr(l.x)}, ${i} = ${L.idx(xt, l.indices[0]!)};`;
    const cur = L.ix(l).indexGet(L, xt, x, i, l);
    return `{ ${pre} ${L.ix(l).storeIndex(L, xt, x, i, bin(cur), l)}; }`;
  }
  if (l.kind === 'SelectorExpr') {
    const { obj, key } = L.fieldTarget(l);
    const o = L.tmp();
    return `{ const ${o} = ${obj}; ${o}.${key} = ${bin(`${o}.${key}`)}; }`;
  }
  if (l.kind === 'StarExpr') {
    const p = L.tmp();
    return `{ const ${p} = (${L.expr(l.x)} ?? $rt.nilp()); ${p}.v = ${bin(`${p}.v`)}; }`;
  }
  throw new LowerError(l.pos, 'not supported in this course runtime: compound assignment');
}

lowerHooks.assignOp = assignOp;
