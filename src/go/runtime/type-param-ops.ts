/** type-param-ops: the runtime of operations on type-parameter values that only a constraint with a type set or methods allows (key `go:constraints`): method calls and arithmetic. */
import * as I from './int.ts';
import * as R from './rtype.ts';
import { H, finishMethods, imethod, nz, shlSmall, shrSmall } from './helpers.ts';
import type { Method, RType } from './rtype.ts';

/** tpmethod calls method `name` on a value whose static type is a type parameter instantiated with T. */
function tpmethod(T: RType, name: string): Method {
  return (g, r, ...a) => {
    if (T.kind === 'interface') return imethod(r, name)(g, ...a);
    let m = T.methods.get(name) ?? R.ptrTo(T).methods.get(name);
    if (!m && T.kind === 'struct') { finishMethods([T]); m = T.methods.get(name) ?? R.ptrTo(T).methods.get(name); }
    if (!m) throw new Error(`internal: ${T.str} has no method ${name}`);
    return m(g, r, ...a);
  };
}
/** dynBin applies an arithmetic operator on values of type-parameter type T. */
function dynBin(op: string, T: RType, a: any, b: any): any {
  const k = T.kind;
  if (k === 'string') return a + b;
  if (k === 'float64' || k === 'float32') {
    const r = op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : a / b;
    return k === 'float32' ? Math.fround(r) : r;
  }
  const uns = k.startsWith('u');
  if (k === 'int' || k === 'int64' || k === 'uint' || k === 'uint64' || k === 'uintptr') {
    switch (op) {
      case '+': return uns ? I.addU64(a, b) : I.add64(a, b);
      case '-': return uns ? I.subU64(a, b) : I.sub64(a, b);
      case '*': return uns ? I.mulU64(a, b) : I.mul64(a, b);
      case '/': return I.quo64(a, nz(b), uns);
      case '%': return I.rem64(a, nz(b));
      case '<<': return I.shl64(a, b, uns);
      case '>>': return I.shr64(a, b, uns);
      default: return I.bit64(op, a, b, uns);
    }
  }
  switch (op) {
    case '+': return I.wrapSmall(k, a + b);
    case '-': return I.wrapSmall(k, a - b);
    case '*': return I.wrapSmall(k, Math.imul(a, b));
    case '/': return I.wrapSmall(k, Math.trunc(a / (nz(b) as number)));
    case '%': return I.wrapSmall(k, a % (nz(b) as number));
    case '&': return I.wrapSmall(k, a & b);
    case '|': return I.wrapSmall(k, a | b);
    case '^': return I.wrapSmall(k, a ^ b);
    case '&^': return I.wrapSmall(k, a & ~b);
    case '<<': return shlSmall(k, a, b);
    default: return shrSmall(k, a, b);
  }
}

Object.assign(H, { tpmethod, dynBin });
