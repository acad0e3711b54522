/** generics: the runtime of generic types and functions (installed on the helper table with key `go:generics`). */
import * as I from './int.ts';
import * as R from './rtype.ts';
import { H, addMethod, finishMethods, imethod, nz, runeToString, shlSmall, shrSmall } from './helpers.ts';
import type { Method, RType } from './rtype.ts';

type Gen = Generator<unknown, any, unknown>;

/** GenericMethods holds a program's generic types: method factories and the instances made so far. */
interface GenericMethods { [type: string]: { methods: { name: string; ptr: boolean; make: (...tps: RType[]) => Method }[]; insts: Map<string, [RType, RType[]]> } }
function gm(GM: GenericMethods, name: string) { return (GM[name] ??= { methods: [], insts: new Map() }); }
/** inst returns the instance of generic type `name` for the type arguments (built once, methods attached). */
function inst(GM: GenericMethods, name: string, str: string, args: RType[], mkUnder: (() => RType) | null): RType {
  const e = gm(GM, name);
  const key = args.map((a) => a.id).join(',');
  const have = e.insts.get(key);
  if (have) return have[0];
  const t = R.named('main', str, R.anyType);
  e.insts.set(key, [t, args]);
  for (const m of e.methods) addMethod(t, m.name, m.make(...args), m.ptr);
  if (mkUnder) { R.setUnderlying(t, mkUnder()); finishMethods([t]); }
  return t;
}
/** addGenericMethod registers a method factory of a generic type and attaches it to existing instances. */
function addGenericMethod(GM: GenericMethods, name: string, mname: string, ptr: boolean, make: (...tps: RType[]) => Method): void {
  const e = gm(GM, name);
  e.methods.push({ name: mname, ptr, make });
  for (const [t, args] of e.insts.values()) addMethod(t, mname, make(...args), ptr);
}
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
/** box converts a value of (possibly type-parameter) type T to an interface value. */
function box(T: RType, v: any): R.Iface | null { return T.kind === 'interface' ? v : { t: T, v }; }
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

Object.assign(H, { inst, addGenericMethod, box, tpmethod, dynBin, dynConv, bindTypes });
