/** generics: the runtime of generic functions (installed on the helper table with key `go:generics`); generic types' instances are generic-types.ts's, operations that need a constraint with a type set or methods type-param-ops.ts's. */
import * as I from './int.ts';
import * as R from './rtype.ts';
import { H, runeToString } from './helpers.ts';
import type { RType } from './rtype.ts';

type Gen = Generator<unknown, any, unknown>;

/** box converts a value of (possibly type-parameter) type T to an interface value. */
function box(T: RType, v: any): R.Iface | null { return T.kind === 'interface' ? v : { t: T, v }; }
/** dynConv converts x (of runtime type F) to type-parameter type T. */
function dynConv(T: RType, F: RType, x: any): any {
  if (T.kind === 'interface') return F.kind === 'interface' ? x : { t: F, v: x };
  const num = (k: string) => /int|float/.test(k);
  if (num(T.kind) && num(F.kind)) {
    if (T.kind.startsWith('float')) return T.kind === 'float32' ? Math.fround(I.toFloat(x)) : I.toFloat(x);
    return I.convInt(T.kind, x);
  }
  if (T.kind === 'string' && /int/.test(F.kind)) return runeToString(x);
  return x;
}
function bindTypes(f: (...a: any[]) => Gen, tps: RType[]): (g: any, ...a: any[]) => Gen { return (g, ...a) => f(g, ...tps, ...a); }

Object.assign(H, { box, dynConv, bindTypes });
