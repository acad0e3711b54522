/**
 * Generics: type argument inference by unification, constraint satisfaction, instantiation of signatures and
 * types, type parameter lists (key `go:generics`: loaded in the browser only for programs with type parameters;
 * the checker reaches it through typesHooks.generics).
 */
import { msg } from './msg.ts';
import type * as A from '../syntax/ast.ts';
import { exprString } from '../syntax/parser.ts';
import type { Checker, Operand } from './checker.ts';
import { typesHooks } from './hooks.ts';
import type { Scope } from './scope.ts';
import { typExpr, unionType } from './typexpr.ts';
import { completeInterface, missingMethodCause } from './lookup.ts';
import { defaultType, identical, isComparable } from './predicates.ts';
import { makeMap, subst, type Instantiator } from './subst.ts';
import { typeString } from './names.ts';
import { Typ, isInvalid, isUntyped, newTypeParam, underlying, type Basic, type Func, type Interface, type Named, type Signature, type Type, type TypeName, type TypeParam } from './types.ts';

/** unify binds type parameters in x (from tps) so that x matches y; returns false on a structural mismatch. */
function unify(x: Type, y: Type, tps: TypeParam[], m: Map<number, Type>, depth = 0): boolean {
  if (depth > 20) return true;
  if (x.kind === 'typeparam' && tps.includes(x)) {
    const b = m.get(x.id);
    if (!b) {
      m.set(x.id, y);
      return true;
    }
    if (identical(b, y)) return true;
    // inexact: a named type and its underlying literal type unify
    if (b.kind === 'named' && y.kind !== 'named' && identical(underlying(b), y)) return true;
    if (y.kind === 'named' && b.kind !== 'named' && identical(b, underlying(y))) {
      m.set(x.id, y);
      return true;
    }
    return false;
  }
  if (x === y) return true;
  // a defined type in y may match a type literal in x through its underlying type
  if (x.kind !== 'named' && y.kind === 'named') y = underlying(y);
  if (x.kind !== y.kind) return x.kind === 'interface' || y.kind === 'interface';
  switch (x.kind) {
    case 'pointer': case 'slice':
      return unify(x.elem, (y as typeof x).elem, tps, m, depth + 1);
    case 'array':
      return x.len === (y as typeof x).len && unify(x.elem, (y as typeof x).elem, tps, m, depth + 1);
    case 'chan':
      return unify(x.elem, (y as typeof x).elem, tps, m, depth + 1);
    case 'map':
      return unify(x.key, (y as typeof x).key, tps, m, depth + 1) && unify(x.elem, (y as typeof x).elem, tps, m, depth + 1);
    case 'signature': {
      const ys = y as typeof x;
      if (x.params.vars.length !== ys.params.vars.length || x.results.vars.length !== ys.results.vars.length) return false;
      return x.params.vars.every((v, i) => unify(v.type, ys.params.vars[i].type, tps, m, depth + 1)) &&
        x.results.vars.every((v, i) => unify(v.type, ys.results.vars[i].type, tps, m, depth + 1));
    }
    case 'named': {
      const yn = y as typeof x;
      if ((x.orig ?? x) !== (yn.orig ?? yn)) return false;
      if (!x.typeArgs || !yn.typeArgs) return true;
      return x.typeArgs.every((a, i) => unify(a, yn.typeArgs![i], tps, m, depth + 1));
    }
    case 'struct': {
      const ys = y as typeof x;
      return x.fields.length === ys.fields.length && x.fields.every((f, i) => unify(f.type, ys.fields[i].type, tps, m, depth + 1));
    }
  }
  return true;
}

/** inferAndInstantiate infers missing type arguments of a generic call and returns the instantiated signature. */
export function inferAndInstantiate(c: Checker, e: A.CallExpr, sig: Signature, partial: Type[], args: Operand[]): Signature | undefined {
  const tps = sig.typeParams;
  const m = new Map<number, Type>();
  partial.forEach((t, i) => m.set(tps[i].id, t));
  const name = { toString: () => exprString(e.fun.kind === 'IndexExpr' ? e.fun.x : e.fun) };
  const params = sig.params.vars;
  const paramType = (i: number): Type | undefined => {
    if (sig.variadic && i >= params.length - 1) {
      const last = params[params.length - 1].type;
      return e.hasDots ? last : (last as { elem: Type }).elem;
    }
    return params[i]?.type;
  };
  // pass 1: typed arguments
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const p = paramType(i);
    if (!p || a.mode === 'invalid' || isUntyped(a.type)) continue;
    // as types2 does, only parameters whose type mentions a type parameter take part in inference;
    // the others (an interface parameter such as `q querier`) are checked for assignability afterwards
    if (!tps.some((t) => mentions(p, t))) continue;
    if (!unify(p, a.type, tps, m)) {
      const tp = tps.find((t) => mentions(p, t));
      const b = tp && m.get(tp.id);
      if (p.kind === 'typeparam' && b) {
        c.errorAt(a.expr!, msg(192, name, typeString(a.type), exprString(a.expr!), typeString(b), typeString(p)));
      } else {
        c.errorAt(a.expr!, msg(193, name, typeString(a.type), exprString(a.expr!), typeString(p)));
      }
      return undefined;
    }
  }
  // core types of constraints
  inferFromConstraints(tps, m);
  // pass 2: untyped constants for parameters that are bare type parameters
  const untypedBy = new Map<number, Operand>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const p = paramType(i);
    if (!p || a.mode === 'invalid' || !isUntyped(a.type) || p.kind !== 'typeparam' || !tps.includes(p)) continue;
    if (m.has(p.id) && !untypedBy.has(p.id)) continue;
    if (a.mode === 'nil') continue;
    const prev = untypedBy.get(p.id);
    if (!prev) {
      untypedBy.set(p.id, a);
      continue;
    }
    const order = ['untyped int', 'untyped rune', 'untyped float'];
    const pa = order.indexOf((prev.type as Basic).basic);
    const pb = order.indexOf((a.type as Basic).basic);
    if (pa < 0 || pb < 0) {
      if ((prev.type as Basic).basic !== (a.type as Basic).basic) {
        c.errorAt(a.expr!, msg(194, name, typeString(prev.type), typeString(a.type), p.obj.name));
        return undefined;
      }
    } else if (pb > pa) untypedBy.set(p.id, a);
  }
  const fromUntyped = new Set<number>();
  for (const [id, a] of untypedBy) {
    if (!m.has(id)) {
      m.set(id, defaultType(a.type));
      fromUntyped.add(id);
    }
  }
  inferFromConstraints(tps, m);
  const missing = tps.find((t) => !m.has(t.id));
  if (missing) {
    const p = missing.obj.pos;
    c.error(e.lparen, msg(195, name, missing.obj.name, p ? ` (${p.file}:${p.line}:${p.col})` : ''));
    return undefined;
  }
  const targs = tps.map((t) => m.get(t.id)!);
  // inferred type arguments must have the methods their constraints require
  const tmap = makeMap(tps, targs);
  for (let i = 0; i < tps.length; i++) {
    if (fromUntyped.has(tps[i].id)) continue; // checked by verifyTypeArgs below, with its plain wording
    const bound = underlying(subst(tps[i].constraint, tmap, c.inst));
    if (bound.kind !== 'interface' || !(completeInterface(bound).allMethods?.length)) continue;
    const cause = missingMethodCause(targs[i], bound, c.inst);
    if (cause) {
      c.error(e.lparen, msg(196, name, tps[i].obj.name, typeString(targs[i]), typeString(tps[i].constraint), cause));
      return undefined;
    }
  }
  if (!verifyTypeArgs(c, tps, targs, [], e.lparen)) return undefined;
  return instantiate(c, sig, targs);
}

function mentions(t: Type, tp: TypeParam): boolean {
  if (t === tp) return true;
  switch (t.kind) {
    case 'pointer': case 'slice': case 'array': case 'chan': return mentions(t.elem, tp);
    case 'map': return mentions(t.key, tp) || mentions(t.elem, tp);
    case 'named': return (t.typeArgs ?? []).some((a) => mentions(a, tp));
    case 'signature': return [...t.params.vars, ...t.results.vars].some((v) => mentions(v.type, tp));
  }
  return false;
}

function coreTerm(tp: TypeParam): { tilde: boolean; type: Type } | undefined {
  const cu = underlying(tp.constraint);
  if (cu.kind !== 'interface') return undefined;
  completeInterface(cu);
  if (cu.terms && cu.terms.length === 1) return cu.terms[0];
  return undefined;
}

function inferFromConstraints(tps: TypeParam[], m: Map<number, Type>): void {
  for (let round = 0; round < 3; round++) {
    for (const tp of tps) {
      const term = coreTerm(tp);
      if (!term) continue;
      const b = m.get(tp.id);
      if (b) unify(term.type, term.tilde ? underlying(b) : b, tps, m);
      else if (!term.tilde || tps.some((t) => mentions(term.type, t))) {
        const t = subst(term.type, m, (o) => o);
        if (!tps.some((x) => mentions(t, x))) m.set(tp.id, t);
      }
    }
  }
}

/** instantiate substitutes type arguments into a generic signature. */
export function instantiate(c: Checker, sig: Signature, targs: Type[]): Signature {
  const map = makeMap(sig.typeParams, targs);
  const s = subst({ ...sig, typeParams: [] }, map, c.inst) as Signature;
  const out: Signature & { targs?: Type[] } = { ...s, typeParams: [] };
  out.targs = targs;
  return out;
}

/** satisfies explains why T does not satisfy constraint C (or returns undefined). */
export function satisfies(c: Checker, T: Type, C: Type): string | undefined {
  const cu = underlying(C);
  if (cu.kind !== 'interface') return undefined;
  completeInterface(cu);
  const cs = { toString: () => typeString(C) };
  if (cu.terms && T.kind === 'typeparam') {
    // a type parameter satisfies a union if every term of its own type set is in it
    const tu = underlying(T.constraint);
    const own = tu.kind === 'interface' ? completeInterface(tu).terms : undefined;
    const inC = (t: { tilde: boolean; type: Type }): boolean => cu.terms!.some((c2) =>
      c2.tilde ? identical(underlying(t.type), underlying(c2.type)) : !t.tilde && identical(t.type, c2.type));
    if (!own || !own.every(inC)) return `${typeString(T)} does not satisfy ${cs}`;
  } else if (cu.terms) {
    const ok = cu.terms.some((t) => (t.tilde ? identical(underlying(T), underlying(t.type)) : identical(T, t.type)));
    if (!ok) {
      if (T.kind === 'typeparam') return `${typeString(T)} does not satisfy ${cs}`;
      const tildeHint = cu.terms.find((t) => !t.tilde && identical(underlying(T), t.type));
      if (tildeHint) return `${typeString(T)} does not satisfy ${cs} (possibly missing ~ for ${typeString(tildeHint.type)} in ${cs})`;
      return `${typeString(T)} does not satisfy ${cs} (${typeString(T)} missing in ${cu.terms.map((t) => (t.tilde ? '~' : '') + typeString(t.type)).join(' | ')})`;
    }
  }
  if (cu.comparable && !isComparable(T)) return `${typeString(T)} does not satisfy comparable`;
  if ((cu.allMethods?.length ?? 0) > 0) {
    const cause = missingMethodCause(T, C, c.inst);
    if (cause) return `${typeString(T)} does not satisfy ${cs} ${cause}`;
  }
  return undefined;
}

/** verifyTypeArgs checks every type argument against its constraint; reports at the given node or position. */
export function verifyTypeArgs(c: Checker, tps: TypeParam[], targs: Type[], at: A.Expr[], pos?: A.Pos): boolean {
  const map = makeMap(tps, targs);
  for (let i = 0; i < tps.length; i++) {
    if (isInvalid(targs[i])) return false;
    const bound = subst(tps[i].constraint, map, c.inst);
    const why = satisfies(c, targs[i], bound);
    if (why) {
      c.error(pos ?? at[i]?.pos ?? at[0]?.pos, why);
      return false;
    }
  }
  return true;
}

/** instantiateFunc instantiates a generic function value with explicit type arguments (f[int]). */
export function instantiateFunc(c: Checker, sig: Signature, targs: Type[], e: A.Expr): Signature | undefined {
  const ats = e.kind === 'IndexExpr' ? e.indices : [e];
  if (!verifyTypeArgs(c, sig.typeParams, targs, ats)) return undefined;
  return instantiate(c, sig, targs);
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

/** declareTypeParams creates type parameters for a field list and declares them in scope. */
function declareTypeParams(c: Checker, fields: A.Field[], scope: Scope): TypeParam[] {
  const tps: TypeParam[] = [];
  for (const f of fields) {
    for (const n of f.names) {
      const obj: TypeName = { kind: 'typename', name: n.name, type: Typ.invalid, pkg: c.pkg, pos: n.pos };
      const tp = newTypeParam(obj, tps.length, Typ.invalid);
      obj.type = tp;
      tps.push(tp);
      c.info.defs.set(n, obj);
      if (n.name !== '_') scope.insert(obj);
    }
  }
  let i = 0;
  for (const f of fields) {
    const bound = constraintType(c, f.type, scope);
    for (let k = 0; k < f.names.length; k++) tps[i++].constraint = bound;
  }
  return tps;
}

/** constraintType resolves a type constraint: an interface, or a bare union/type wrapped in an implicit interface. */
function constraintType(c: Checker, e: A.Expr, scope: Scope): Type {
  if ((e.kind === 'BinaryExpr' && e.op === '|') || (e.kind === 'UnaryExpr' && e.op === '~')) {
    const u = unionType(c, e, scope);
    const iface: Interface = { kind: 'interface', methods: [], embeddeds: [u], implicit: true };
    completeInterface(iface);
    return iface;
  }
  const t = typExpr(c, e, scope, true);
  if (isInvalid(t)) return t;
  if (underlying(t).kind !== 'interface') {
    const iface: Interface = { kind: 'interface', methods: [], embeddeds: [t], implicit: true };
    completeInterface(iface);
    return iface;
  }
  return t;
}

typesHooks.generics = { inferAndInstantiate, instantiateFunc, verifyTypeArgs, instantiateNamed, expandInstance, instanceMethods, declareTypeParams };
