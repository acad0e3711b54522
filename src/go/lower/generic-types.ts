/**
 * generic-types: the chunk of generic types (key `go:generictypes`, after `go:generics`): the checker's instances
 * of generic named types (types/generic-types.ts), their lowering (here: type descriptors of instances, methods
 * compiled as factories of the type arguments) and the runtime's (runtime/generic-types.ts). It imports the
 * generics chunk's module so that the bundler keeps that chunk whole.
 */
import type * as A from '../syntax/ast.ts';
import { underlying, type Named } from '../types/types.ts';
import './generics.ts';
import '../types/generic-types.ts';
import '../runtime/generic-types.ts';
import { lowerHooks } from './hooks.ts';
import type { Lowerer } from './lower.ts';
import type { TypeTable } from './types.ts';

/** inline is an instance's descriptor built at run time (it mentions type parameters), made once per type arguments by $H.inst. */
function inline(T: TypeTable, t: Named): string {
  const args = t.typeArgs ?? [];
  const str = `${JSON.stringify(t.obj.name + '[')} + [${args.map((a) => T.ref(a) + '.str').join(', ')}].join(",") + "]"`;
  return `$H.inst($GM, ${JSON.stringify(t.obj.name)}, ${str}, [${args.map((a) => T.ref(a)).join(', ')}], () => ${T.ref(underlying(t))})`;
}

/** named is a hoisted instance's descriptor (its underlying type set once every type has its constant). */
function named(T: TypeTable, t: Named): string {
  const key = 'inst:' + T.key(t);
  const have = T.ids.get(key);
  if (have) return have;
  const id = `$t${T.n++}`;
  T.ids.set(key, id);
  const args = t.typeArgs!;
  const str = `${JSON.stringify(t.obj.name + '[')} + [${args.map((a) => T.ref(a) + '.str').join(', ')}].join(",") + "]"`;
  T.decls.push(`const ${id} = $H.inst($GM, ${JSON.stringify(t.obj.name)}, ${str}, [${args.map((a) => T.ref(a)).join(', ')}], null);`);
  T.pending.push(() => `$H.setUnderlying(${id}, ${T.ref(underlying(t))}); $H.finishMethods([${id}]);`);
  return id;
}

/** method compiles a method of a generic type as a factory of its type arguments, registered with $H.addGenericMethod. */
function method(L: Lowerer, d: A.FuncDecl, base: Named, ptr: boolean, jsName: string, goName: string): string {
  const sig = (L.info.defs.get(d.name) as import('../types/types.ts').Func).type;
  const tn = base.obj?.name ?? 'T';
  const tps = (base.typeArgs ?? []).map((a) => L.T(a));
  L.funcName = goName;
  L.litN.set(goName, 0);
  const body = L.funcBody(jsName, goName, sig, d.type, d.body!, sig.recv, d.recv, false);
  L.genericRegs.push(`$H.addGenericMethod($GM, ${JSON.stringify(tn)}, ${JSON.stringify(d.name.name)}, ${ptr}, function (${tps.join(', ')}) { return ${body}; });`);
  return '';
}

lowerHooks.genericTypes = { inline, named, method };
