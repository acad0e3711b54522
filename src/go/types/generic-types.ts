/**
 * generic-types: instances of generic named types, their type arguments, underlying types and methods (key `go:generictypes`:
 * loaded in the browser only for programs that declare a type with type parameters; the standard library
 * declares none).
 */
import { msg } from './msg.ts';
import type * as A from '../syntax/ast.ts';
import type { Checker } from './checker.ts';
import { generics, typesHooks } from './hooks.ts';
import { typeString } from './names.ts';
import { identical } from './predicates.ts';
import type { Scope } from './scope.ts';
import { makeMap, subst, type Instantiator } from './subst.ts';
import { typExpr } from './typexpr.ts';
import { Typ, isInvalid, type Func, type Named, type Type, type TypeParam } from './types.ts';

/** instance checks the type arguments of G[T, …] in a type (count, endless self-instantiation) and returns the instance. */
function instance(c: Checker, e: A.IndexExpr, g: Named, scope: Scope): Type {
  const targs = e.indices.map((x) => typExpr(c, x, scope));
  if (targs.some(isInvalid)) return Typ.invalid;
  if (targs.length !== g.typeParams.length) {
    const what = targs.length < g.typeParams.length ? 'not enough' : 'too many';
    c.errorAt(e.x, msg(151, what, g.obj.name, targs.length, g.typeParams.length));
    return Typ.invalid;
  }
  if (c.decls.get(g.obj)?.state === 'doing' && !g.orig) {
    // a generic type that instantiates itself with a type built from its own parameter never ends
    targs.forEach((t, i) => {
      const tp = g.typeParams.find((p) => t !== p && mentionsParam(t, p));
      if (tp && !c.cyclicGenerics.has(g)) {
        c.cyclicGenerics.add(g);
        c.error(tp.obj.pos!, msg(152, e.indices[i].pos.file, e.indices[i].pos.line, e.indices[i].pos.col, tp.obj.name, typeString(t)));
      }
    });
  }
  const inst = c.instantiateNamed(g, targs);
  c.delayed.push(() => generics(c, e.pos)?.verifyTypeArgs(c, g.typeParams, targs, e.indices));
  if (e.x.kind === 'Ident') c.info.instances.set(e.x, { typeArgs: targs, type: inst });
  return inst;
}

/** mentionsParam says whether t refers to the type parameter p. */
function mentionsParam(t: Type, p: TypeParam): boolean {
  switch (t.kind) {
    case 'typeparam': return t === p;
    case 'pointer': case 'slice': case 'array': case 'chan': return mentionsParam(t.elem, p);
    case 'map': return mentionsParam(t.key, p) || mentionsParam(t.elem, p);
    case 'named': return (t.typeArgs ?? []).some((a) => mentionsParam(a, p));
    case 'signature': return [...t.params.vars, ...t.results.vars].some((v) => mentionsParam(v.type, p));
    case 'struct': return t.fields.some((f) => mentionsParam(f.type, p));
  }
  return false;
}

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

typesHooks.genericTypes = { instantiateNamed, expandInstance, instanceMethods, instance };
