/** Field and method lookup with embedding, method sets, and interface satisfaction (go/types' lookup.go). */
import { identical } from './predicates.ts';
import type { Instantiator } from './subst.ts';
import { diag, typesHooks } from './hooks.ts';
import { typeString } from './names.ts';
import { underlying, type Func, type Interface, type Named, type Type, type Var } from './types.ts';

/** LookupResult is a found field or method with its embedding path, or why nothing was found. */
export type LookupResult =
  | { kind: 'field'; obj: Var; index: number[]; indirect: boolean }
  | { kind: 'method'; obj: Func; index: number[]; indirect: boolean; ptrRecv: boolean }
  | { kind: 'none' }
  | { kind: 'ambiguous' };

/** completeInterface computes an interface's full method list and type terms from its embeddeds. */
export function completeInterface(t: Interface, seen = new Set<Interface>()): Interface {
  if (t.allMethods) return t;
  if (seen.has(t)) {
    t.allMethods = [...t.methods];
    return t;
  }
  seen.add(t);
  const methods = new Map<string, Func>();
  for (const m of t.methods) methods.set(m.name, m);
  let terms = t.terms;
  let comparable = !!t.comparable;
  for (const e of t.embeddeds) {
    const u = underlying(e);
    if (u.kind === 'interface') {
      completeInterface(u, seen);
      for (const m of u.allMethods!) if (!methods.has(m.name)) methods.set(m.name, m);
      if (u.comparable) comparable = true;
      if (u.terms) terms = terms ? intersectTerms(terms, u.terms) : u.terms;
    } else if (u.kind === 'union') {
      const ts = u.terms.flatMap((x) => {
        const xu = underlying(x.type);
        if (xu.kind === 'interface') {
          completeInterface(xu, seen);
          return xu.terms ?? [];
        }
        return [x];
      });
      terms = terms ? intersectTerms(terms, ts) : ts;
    } else {
      const one = [{ tilde: false, type: e }];
      terms = terms ? intersectTerms(terms, one) : one;
    }
  }
  t.allMethods = [...methods.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  t.terms = terms;
  t.comparable = comparable;
  return t;
}

function intersectTerms(a: Interface['terms'] & object, b: Interface['terms'] & object): NonNullable<Interface['terms']> {
  const out: NonNullable<Interface['terms']> = [];
  for (const x of a) {
    for (const y of b) {
      if (x.tilde && y.tilde && identical(underlying(x.type), underlying(y.type))) out.push(x);
      else if (x.tilde && !y.tilde && identical(underlying(x.type), underlying(y.type))) out.push(y);
      else if (!x.tilde && y.tilde && identical(underlying(x.type), underlying(y.type))) out.push(x);
      else if (!x.tilde && !y.tilde && identical(x.type, y.type)) out.push(x);
    }
  }
  return out;
}

/** namedMethods returns the methods of a named type, substituted for instances. */
export function namedMethods(n: Named, inst: Instantiator): Func[] {
  for (const f of (n.orig ?? n).methods) if (!f.type) f.resolve?.();
  if (!n.orig || !n.typeArgs) return n.methods;
  // only a program that declares a generic type has instances, and it has loaded their part (generic-types.ts)
  return typesHooks.genericTypes?.instanceMethods(n, inst) ?? n.methods;
}

/** lookupFieldOrMethod finds name in T (or *T) following embedded fields breadth-first, like go/types. */
export function lookupFieldOrMethod(T: Type, name: string, inst: Instantiator, pkg = 'main'): LookupResult {
  if (name === '_') return { kind: 'none' };
  let typ = T;
  let isPtr = false;
  if (T.kind === 'pointer') {
    typ = T.elem;
    isPtr = true;
    // a pointer to a named pointer or interface type has no methods
    if (underlying(typ).kind === 'interface') return { kind: 'none' };
  } else if (T.kind === 'named' && underlying(T).kind === 'pointer') {
    // a defined pointer type has no methods, but the fields of its base type are selectable
    const r = lookupFieldOrMethod(underlying(T), name, inst, pkg);
    return r.kind === 'field' ? r : { kind: 'none' };
  }
  interface Entry { type: Type; index: number[]; indirect: boolean; multiples: boolean }
  let current: Entry[] = [{ type: typ, index: [], indirect: isPtr, multiples: false }];
  const seen = new Set<Type>();
  while (current.length) {
    const next: Entry[] = [];
    let found: LookupResult | undefined;
    let count = 0;
    for (const e of current) {
      let t = e.type;
      if (t.kind === 'named') {
        const key = t.orig ?? t;
        if (seen.has(key) && !t.typeArgs) continue;
        seen.add(key);
        const methods = namedMethods(t, inst);
        const i = methods.findIndex((m) => m.name === name && (isExported(name) || m.pkg === pkg || m.pkg === ''));
        if (i >= 0) {
          count += e.multiples ? 2 : 1;
          found = { kind: 'method', obj: methods[i], index: [...e.index, i], indirect: e.indirect, ptrRecv: !!methods[i].ptrRecv };
          continue;
        }
        t = underlying(t);
      }
      if (t.kind === 'struct') {
        t.fields.forEach((f, i) => {
          if (f.name === name && (isExported(name) || f.pkg === pkg)) {
            count += e.multiples ? 2 : 1;
            found = { kind: 'field', obj: f, index: [...e.index, i], indirect: e.indirect };
            return;
          }
          if (f.embedded) {
            let ft = f.type;
            let ind = e.indirect;
            if (ft.kind === 'pointer') {
              ft = ft.elem;
              ind = true;
            }
            next.push({ type: ft, index: [...e.index, i], indirect: ind, multiples: e.multiples });
          }
        });
      } else if (t.kind === 'interface') {
        completeInterface(t);
        const i = t.allMethods!.findIndex((m) => m.name === name);
        if (i >= 0) {
          count += e.multiples ? 2 : 1;
          found = { kind: 'method', obj: t.allMethods![i], index: [...e.index, i], indirect: e.indirect, ptrRecv: false };
        }
      }
    }
    if (count > 1) return { kind: 'ambiguous' };
    if (found) return found;
    // consolidate: the same type reached twice at one depth makes its members ambiguous
    const byType = new Map<Type, Entry>();
    for (const e of next) {
      const k = e.type.kind === 'named' ? (e.type.orig ?? e.type) : e.type;
      const prev = byType.get(k);
      if (prev) prev.multiples = true;
      else byType.set(k, e);
    }
    current = [...byType.values()];
  }
  return { kind: 'none' };
}

/** isExported reports whether a Go name is exported. */
export function isExported(name: string): boolean {
  const c = name.codePointAt(0) ?? 0;
  return String.fromCodePoint(c) !== String.fromCodePoint(c).toLowerCase();
}

/** funcString renders a method as `Name(params) results` for "have/want" lines (diag.ts; a placeholder while `go:diag` is not loaded). */
function funcString(f: Func): string {
  return diag()?.funcString(f) ?? '?';
}

/** missingMethodCause explains why V does not implement interface T, or returns undefined if it does. */
export function missingMethodCause(V: Type, T: Type, inst: Instantiator): string | undefined {
  const ti = completeInterface(underlying(T) as Interface);
  // a type parameter has the methods of its constraint
  const vu = V.kind === 'typeparam' ? underlying(V.constraint) : underlying(V);
  for (const m of ti.allMethods!) {
    if (vu.kind === 'interface') {
      completeInterface(vu);
      const f = vu.allMethods!.find((x) => x.name === m.name);
      if (!f) return `(missing method ${m.name})`;
      if (!identical(f.type, m.type)) return wrongSig(f, m);
      continue;
    }
    const r = lookupFieldOrMethod(V, m.name, inst, m.pkg || 'main');
    if (r.kind === 'none' || r.kind === 'field') {
      if (r.kind === 'field') return `(${typeString(V)}.${m.name} is a field, not a method)`;
      // look for a method with a different spelling
      const alt = findFold(V, m.name, inst);
      if (alt) return `(missing method ${m.name})\n\t\thave ${funcString(alt)}\n\t\twant ${funcString(m)}`;
      if (V.kind === 'pointer' && underlying(V.elem).kind === 'interface') {
        return `(type ${typeString(V)} is pointer to interface, not interface)`;
      }
      return `(missing method ${m.name})`;
    }
    if (r.kind === 'ambiguous') return `(ambiguous selector ${typeString(V)}.${m.name})`;
    if (!identical(r.obj.type, m.type)) return wrongSig(r.obj, m);
    if (r.ptrRecv && V.kind !== 'pointer' && !r.indirect) return `(method ${m.name} has pointer receiver)`;
  }
  return undefined;
}

function wrongSig(f: Func, m: Func): string {
  const fs = funcString(f);
  const ms = funcString(m);
  if (fs === ms) return `(wrong type for method ${m.name})`;
  return `(wrong type for method ${m.name})\n\t\thave ${fs}\n\t\twant ${ms}`;
}

function findFold(V: Type, name: string, inst: Instantiator): Func | undefined {
  let t = V.kind === 'pointer' ? V.elem : V;
  if (t.kind !== 'named') return undefined;
  return namedMethods(t, inst).find((f) => f.name.toLowerCase() === name.toLowerCase());
}

/** findFoldMember looks for a field or method whose name differs only in case, for "but does have" hints (diag.ts; none while `go:diag` is not loaded). */
export function findFoldMember(T: Type, name: string, inst: Instantiator): { what: 'field' | 'method'; name: string } | undefined {
  return diag()?.findFoldMember(T, name, inst);
}
