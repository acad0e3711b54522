/**
 * type-assert: the chunk of type assertions x.(T) (key `go:assert`): their checking (types/type-assert.ts),
 * lowering (here) and runtime (runtime/type-assert.ts). The type-switch chunk imports it: a type switch's cases
 * are checked as assertions.
 */
import type * as A from '../syntax/ast.ts';
import '../types/type-assert.ts';
import '../runtime/type-assert.ts';
import { lowerHooks } from './hooks.ts';
import type { Lowerer } from './lower.ts';

/** expr lowers x.(T): the value, or a run-time panic naming both types. */
function expr(L: Lowerer, e: A.TypeAssertExpr): string {
  const t = L.T(L.typeOf(e));
  const st = L.T(L.typeOf(e.x));
  return L.isIface(L.typeOf(e)) ? `$H.assertI(${L.expr(e.x)}, ${t}, ${st})` : `$H.assert(${L.expr(e.x)}, ${t}, ${st})`;
}

/** commaOk lowers `v, ok := x.(T)` to a [value, ok] pair. */
function commaOk(L: Lowerer, r: A.TypeAssertExpr): string {
  const t = L.typeOf(r);
  return `$H.assert2(${L.expr(r.x)}, ${L.T(t)}, ${L.isIface(t)}, ${L.zeroFn(t)})`;
}

lowerHooks.typeAssert = { expr, commaOk };
