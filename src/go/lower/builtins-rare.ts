/** builtins-rare: lowering copy, delete, clear, close, print, println, min and max (key `go:builtins`, with their runtime). */
import type * as A from '../syntax/ast.ts';
import { underlying, type Type } from '../types/types.ts';
import '../runtime/builtins-rare.ts';
import '../types/builtins-rare.ts';
import { lowerHooks } from './hooks.ts';
import { LowerError, type Lowerer } from './lower.ts';

/** rareBuiltin lowers a call of one of the rarely used built-ins to its runtime helper. */
export function rareBuiltin(L: Lowerer, call: A.CallExpr, name: string): string {
  const a = call.args;
  const at = (i: number) => underlying(L.typeOf(a[i]!));
  switch (name) {
    case 'copy': return `$H.copySlice(${L.expr(a[0]!)}, ${L.expr(a[1]!)})`;
    case 'delete': { const mt = at(0) as { key: Type }; return `$H.mdelete(${L.expr(a[0]!)}, ${L.exprTo(a[1]!, mt.key)})`; }
    case 'print': case 'println': {
      const parts = a.map((x) => `[${L.T(L.typeOf(x))}, ${L.expr(x)}]`);
      return `$H.print($rt, [${parts.join(', ')}], ${name === 'println'})`;
    }
    case 'close': return `$H.close(${L.expr(a[0]!)})`;
    case 'clear': {
      const u = at(0);
      return u.kind === 'map' ? `$H.mclear(${L.expr(a[0]!)})` : `$H.sclear(${L.expr(a[0]!)}, ${L.zeroFn((u as { elem: Type }).elem)})`;
    }
    case 'min': case 'max': {
      const t = L.typeOf(call);
      return `$H.${name}([${a.map((x) => L.exprTo(x, t)).join(', ')}])`;
    }
  }
  throw new LowerError(call.pos, `not supported in this course runtime: ${name}`);
}

lowerHooks.rareBuiltin = rareBuiltin;
