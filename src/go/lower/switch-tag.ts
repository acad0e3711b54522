/** switch-tag: comparing an expression switch's tag with its cases (key `go:switchtag`: loaded in the browser only for programs whose switch has a tag). */
import type * as A from '../syntax/ast.ts';
import type { Type } from '../types/types.ts';
import '../types/switch-tag.ts';
import { lowerHooks } from './hooks.ts';
import type { Lowerer } from './lower.ts';

/** eqCode compares the switch tag with a case value (an interface on either side compares as interfaces). */
function eqCode(L: Lowerer, tagCode: string, tagT: Type, e: A.Expr): string {
  const et = L.typeOf(e);
  if (L.isIface(tagT) && !L.isIface(et)) return `$H.ieq(${tagCode}, ${L.exprTo(e, tagT)})`;
  if (!L.isIface(tagT) && L.isIface(et)) return `$H.ieq(${L.convert(tagCode, tagT, et)}, ${L.expr(e)})`;
  return L.equality(tagCode, L.exprTo(e, tagT), tagT, '==');
}

lowerHooks.switchEq = eqCode;
