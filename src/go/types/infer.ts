/**
 * Generics: type argument inference by unification, instantiation of signatures, type parameter lists (key
 * `go:generics`: loaded in the browser only for programs with type parameters; the checker reaches it through
 * typesHooks.generics). Generic types' instances (generic-types.ts, `go:generictypes`) and constraints with type
 * sets or methods (constraints.ts, `go:constraints`) are parts of their own.
 */
import { msg } from './msg.ts';
import type * as A from '../syntax/ast.ts';
import { exprString } from '../syntax/parser.ts';
import type { Checker, Operand } from './checker.ts';
import { notLoaded, typesHooks, type Constraints } from './hooks.ts';
import type { Scope } from './scope.ts';
import { typExpr, unionType } from './typexpr.ts';
import { completeInterface } from './lookup.ts';
import { defaultType, identical, isComparable } from './predicates.ts';
import { makeMap, subst } from './subst.ts';
import { typeString } from './names.ts';
import { Typ, isInvalid, isUntyped, newTypeParam, underlying, type Basic, type Interface, type Named, type Signature, type Type, type TypeName, type TypeParam } from './types.ts';

/** unify binds type parameters in x (from tps) so that x matches y; returns false on a structural mismatch. */
export function unify(x: Type, y: Type, tps: TypeParam[], m: Map<number, Type>, depth = 0): boolean {
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
  const cons = tps.some((t) => rich(t.constraint)) ? constraints(c, e.lparen) : null;
  if (cons === undefined) return undefined;
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
  cons?.inferFromConstraints(tps, m);
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
  cons?.inferFromConstraints(tps, m);
  const missing = tps.find((t) => !m.has(t.id));
  if (missing) {
    const p = missing.obj.pos;
    c.error(e.lparen, msg(195, name, missing.obj.name, p ? ` (${p.file}:${p.line}:${p.col})` : ''));
    return undefined;
  }
  const targs = tps.map((t) => m.get(t.id)!);
  // inferred type arguments must have the methods their constraints require (only constraints.ts's constraints have any)
  if (cons && !cons.inferredMethods(c, e, name, tps, targs, fromUntyped)) return undefined;
  if (!verifyTypeArgs(c, tps, targs, [], e.lparen)) return undefined;
  return instantiate(c, sig, targs);
}

/** mentions says whether t refers to the type parameter tp. */
export function mentions(t: Type, tp: TypeParam): boolean {
  if (t === tp) return true;
  switch (t.kind) {
    case 'pointer': case 'slice': case 'array': case 'chan': return mentions(t.elem, tp);
    case 'map': return mentions(t.key, tp) || mentions(t.elem, tp);
    case 'named': return (t.typeArgs ?? []).some((a) => mentions(a, tp));
    case 'signature': return [...t.params.vars, ...t.results.vars].some((v) => mentions(v.type, tp));
  }
  return false;
}

/** instantiate substitutes type arguments into a generic signature. */
export function instantiate(c: Checker, sig: Signature, targs: Type[]): Signature {
  const map = makeMap(sig.typeParams, targs);
  const s = subst({ ...sig, typeParams: [] }, map, c.inst) as Signature;
  const out: Signature & { targs?: Type[] } = { ...s, typeParams: [] };
  out.targs = targs;
  return out;
}

/** satisfies explains why T does not satisfy constraint C (or returns undefined); type sets and methods are constraints.ts's. */
export function satisfies(c: Checker, T: Type, C: Type): string | undefined {
  const cu = underlying(C);
  if (cu.kind !== 'interface') return undefined;
  completeInterface(cu);
  if (cu.terms || cu.allMethods?.length) return typesHooks.constraints?.satisfies(c, T, C, cu);
  if (cu.comparable && !isComparable(T)) return `${typeString(T)} does not satisfy comparable`;
  return undefined;
}

/** rich says whether constraint C has a type set or methods: what only constraints.ts (`go:constraints`) handles. */
function rich(C: Type): boolean {
  const cu = underlying(C);
  return cu.kind === 'interface' && !!(completeInterface(cu).terms || cu.allMethods?.length);
}

/** constraints returns constraints.ts's part, or reports at pos that it is not loaded (a detector bug). */
function constraints(c: Checker, pos: A.Pos): Constraints | undefined {
  const h = typesHooks.constraints;
  if (!h) notLoaded(c, pos, 'constraints with type sets or methods');
  return h;
}

/** verifyTypeArgs checks every type argument against its constraint; reports at the given node or position. */
export function verifyTypeArgs(c: Checker, tps: TypeParam[], targs: Type[], at: A.Expr[], pos?: A.Pos): boolean {
  const map = makeMap(tps, targs);
  for (let i = 0; i < tps.length; i++) {
    if (isInvalid(targs[i])) return false;
    const bound = subst(tps[i].constraint, map, c.inst);
    if (rich(bound) && !constraints(c, pos ?? at[i]?.pos ?? at[0]?.pos)) return false;
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

/** instantiateNamed returns generic-types.ts's instance, or reports that the part is not loaded and returns an invalid one. */
function instantiateNamed(c: Checker, orig: Named, targs: Type[]): Named {
  const g = typesHooks.genericTypes;
  if (g) return g.instantiateNamed(c, orig, targs);
  notLoaded(c, orig.obj.pos!, 'generic types');
  return { kind: 'named', obj: orig.obj, underlying: Typ.invalid, methods: [], typeParams: [], typeArgs: targs, orig };
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

typesHooks.generics = { inferAndInstantiate, instantiateFunc, verifyTypeArgs, instantiateNamed, declareTypeParams };
