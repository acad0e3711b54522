/** subst replaces type parameters by type arguments inside a type (for generic instantiation). */
import { newSignature, type Func, type Named, type Type, type TypeParam, type Var } from './types.ts';

/** TypeMap maps type parameters (by id) to types. */
export type TypeMap = Map<number, Type>;

/** makeMap pairs type parameters with type arguments. */
export function makeMap(tps: readonly TypeParam[], targs: readonly Type[]): TypeMap {
  const m: TypeMap = new Map();
  tps.forEach((tp, i) => { if (targs[i]) m.set(tp.id, targs[i]); });
  return m;
}

/** Instantiator creates (and caches) instances of generic named types; set by the checker. */
export type Instantiator = (orig: Named, targs: Type[]) => Named;

/** subst returns t with the type parameters in m replaced; unchanged parts are shared. */
export function subst(t: Type, m: TypeMap, inst: Instantiator): Type {
  if (m.size === 0) return t;
  const seen = new Map<Type, Type>();
  const s = (t: Type): Type => {
    const done = seen.get(t);
    if (done) return done;
    switch (t.kind) {
      case 'basic':
        return t;
      case 'typeparam':
        return m.get(t.id) ?? t;
      case 'named': {
        if (!t.typeArgs || t.typeArgs.length === 0) return t;
        const args = t.typeArgs.map(s);
        if (args.every((a, i) => a === t.typeArgs![i])) return t;
        return inst(t.orig ?? t, args);
      }
      case 'pointer': case 'slice': {
        const e = s(t.elem);
        return e === t.elem ? t : { ...t, elem: e };
      }
      case 'array': {
        const e = s(t.elem);
        return e === t.elem ? t : { ...t, elem: e };
      }
      case 'chan': {
        const e = s(t.elem);
        return e === t.elem ? t : { ...t, elem: e };
      }
      case 'map': {
        const k = s(t.key);
        const e = s(t.elem);
        return k === t.key && e === t.elem ? t : { ...t, key: k, elem: e };
      }
      case 'struct': {
        const fields = t.fields.map((f) => substVar(f, s));
        return fields.every((f, i) => f === t.fields[i]) ? t : { ...t, fields };
      }
      case 'tuple': {
        const vars = t.vars.map((v) => substVar(v, s));
        return vars.every((v, i) => v === t.vars[i]) ? t : { kind: 'tuple', vars };
      }
      case 'signature': {
        const params = t.params.vars.map((v) => substVar(v, s));
        const results = t.results.vars.map((v) => substVar(v, s));
        if (params.every((v, i) => v === t.params.vars[i]) && results.every((v, i) => v === t.results.vars[i])) return t;
        return newSignature(params, results, t.variadic, t.recv, []);
      }
      case 'interface': {
        const out = { ...t };
        seen.set(t, out);
        out.methods = t.methods.map((f) => substFunc(f, s));
        out.embeddeds = t.embeddeds.map(s);
        if (t.allMethods) out.allMethods = t.allMethods.map((f) => substFunc(f, s));
        if (t.terms) out.terms = t.terms.map((x) => ({ tilde: x.tilde, type: s(x.type) }));
        return out;
      }
      case 'union':
        return { kind: 'union', terms: t.terms.map((x) => ({ tilde: x.tilde, type: s(x.type) })) };
    }
  };
  return s(t);
}

function substVar(v: Var, s: (t: Type) => Type): Var {
  const t = s(v.type);
  return t === v.type ? v : { ...v, type: t };
}

function substFunc(f: Func, s: (t: Type) => Type): Func {
  const t = s(f.type);
  return t === f.type ? f : { ...f, type: t as Func['type'] };
}
