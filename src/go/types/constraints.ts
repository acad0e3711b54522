/**
 * constraints: type parameter constraints with a type set (`~int | ~string`, a core type) or methods (key
 * `go:constraints`: loaded in the browser only for programs with a constraint other than `any` or `comparable`):
 * inference from core types, the terms and methods of constraint satisfaction. Without them, `any` and
 * `comparable` need nothing here: no terms, no methods (infer.ts does the rest).
 */
import { msg } from './msg.ts';
import type * as A from '../syntax/ast.ts';
import type { Checker } from './checker.ts';
import { typesHooks, type Text } from './hooks.ts';
import { completeInterface, missingMethodCause } from './lookup.ts';
import { identical, isComparable } from './predicates.ts';
import { makeMap, subst } from './subst.ts';
import { typeString } from './names.ts';
import { mentions, unify } from './infer.ts';
import { underlying, type Interface, type Type, type TypeParam } from './types.ts';

function coreTerm(tp: TypeParam): { tilde: boolean; type: Type } | undefined {
  const cu = underlying(tp.constraint);
  if (cu.kind !== 'interface') return undefined;
  completeInterface(cu);
  if (cu.terms && cu.terms.length === 1) return cu.terms[0];
  return undefined;
}

/** inferFromConstraints binds type parameters from the core types of their constraints. */
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

/** satisfies explains why T does not satisfy the interface C (underlying cu), for a constraint with a type set or methods. */
function satisfies(c: Checker, T: Type, C: Type, cu: Interface): string | undefined {
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

/** inferredMethods checks that inferred type arguments have the methods their constraints require (false: reported). */
function inferredMethods(c: Checker, e: A.CallExpr, name: Text, tps: TypeParam[], targs: Type[], fromUntyped: Set<number>): boolean {
  const tmap = makeMap(tps, targs);
  for (let i = 0; i < tps.length; i++) {
    if (fromUntyped.has(tps[i].id)) continue; // checked by verifyTypeArgs below, with its plain wording
    const bound = underlying(subst(tps[i].constraint, tmap, c.inst));
    if (bound.kind !== 'interface' || !(completeInterface(bound).allMethods?.length)) continue;
    const cause = missingMethodCause(targs[i], bound, c.inst);
    if (cause) {
      c.error(e.lparen, msg(196, name, tps[i].obj.name, typeString(targs[i]), typeString(tps[i].constraint), cause));
      return false;
    }
  }
  return true;
}

typesHooks.constraints = { inferFromConstraints, satisfies, inferredMethods };
