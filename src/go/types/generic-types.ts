/**
 * generic-types: instances of generic named types, their underlying types and methods (key `go:generictypes`:
 * loaded in the browser only for programs that declare a type with type parameters; the standard library
 * declares none).
 */
import type { Checker } from './checker.ts';
import { typesHooks } from './hooks.ts';
import { identical } from './predicates.ts';
import { makeMap, subst, type Instantiator } from './subst.ts';
import { Typ, isInvalid, type Func, type Named, type Type } from './types.ts';

/** expandInstance computes an instance's underlying type from its generic type's. */
function expandInstance(c: Checker, inst: Named): void {
  const orig = inst.orig!;
  if (isInvalid(orig.underlying) && orig.typeParams.length === 0) return;
  const m = makeMap(orig.typeParams, inst.typeArgs!);
  inst.underlying = subst(orig.underlying, m, c.inst);
}

/** instantiateNamed returns the canonical instance of a generic named type for targs (cached per checker). */
function instantiateNamed(c: Checker, orig: Named, targs: Type[]): Named {
  let list = c.instances.get(orig);
  if (!list) {
    list = [];
    c.instances.set(orig, list);
  }
  for (const e of list) {
    if (e.args.length === targs.length && e.args.every((a, i) => identical(a, targs[i]))) return e.inst;
  }
  const inst: Named = { kind: 'named', obj: orig.obj, underlying: Typ.invalid, methods: [], typeParams: [], typeArgs: targs, orig };
  list.push({ args: targs, inst });
  c.pendingInstances.push(inst);
  // a safety net against runaway expansion: cyclic generics and absurdly many instances are not expanded
  if (!c.cyclicGenerics.has(orig) && list.length <= 200 && c.expanding < 50) {
    c.expanding++;
    try {
      c.expandInstance(inst);
    } finally {
      c.expanding--;
    }
  }
  return inst;
}

/** instanceMethods returns the methods of an instance of a generic type, substituted with its type arguments. */
function instanceMethods(n: Named, inst: Instantiator): Func[] {
  if (!n.orig || !n.typeArgs) return n.methods;
  if (n.methods.length === n.orig.methods.length && n.methods.length > 0) return n.methods;
  const m = makeMap(n.orig.typeParams, n.typeArgs);
  const out = n.orig.methods.map((f) => {
    // method receivers declare their own type parameters; map those too
    const recvT = f.type.recv?.type;
    const rn = recvT && (recvT.kind === 'pointer' ? recvT.elem : recvT);
    const mm = new Map(m);
    if (rn && rn.kind === 'named' && rn.typeArgs) {
      rn.typeArgs.forEach((a, i) => { if (a.kind === 'typeparam' && n.typeArgs![i]) mm.set(a.id, n.typeArgs![i]); });
    }
    const sig = subst(f.type, mm, inst) as Func['type'];
    const recv = f.type.recv ? { ...f.type.recv, type: subst(f.type.recv.type, mm, inst) } : undefined;
    return { ...f, type: { ...sig, recv } };
  });
  if (n.orig.methods.every((f) => !!f.type)) n.methods = out;
  return out;
}

typesHooks.genericTypes = { instantiateNamed, expandInstance, instanceMethods };
