/** generic-types: the runtime of generic types (key `go:generictypes`): instances, built once per type arguments, and their methods. */
import * as R from './rtype.ts';
import { H, addMethod, finishMethods } from './helpers.ts';
import type { Method, RType } from './rtype.ts';

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

Object.assign(H, { inst, addGenericMethod });
