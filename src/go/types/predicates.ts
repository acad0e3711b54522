/** Type predicates after go/types: identity, kinds, comparability, default types. */
import { Typ, underlying, type Basic, type Type } from './types.ts';

/** typeSetAll reports whether every term of a type parameter's constraint satisfies pred (false if unrestricted). */
export function typeSetAll(t: Type, pred: (t: Type) => boolean): boolean {
  if (t.kind !== 'typeparam') return pred(t);
  const c = underlying(t.constraint);
  if (c.kind !== 'interface' || !c.terms || c.terms.length === 0) return false;
  return c.terms.every((x) => pred(x.type));
}

/** coreType returns t's underlying type, or for a type parameter the single underlying type of all its terms. */
export function coreType(t: Type): Type {
  if (t.kind !== 'typeparam') return underlying(t);
  const c = underlying(t.constraint);
  if (c.kind !== 'interface' || !c.terms || c.terms.length === 0) return t;
  const u0 = underlying(c.terms[0].type);
  for (const x of c.terms) if (!identical(underlying(x.type), u0)) return t;
  return u0;
}

/** basicOf returns the underlying Basic of t, if any. */
export function basicOf(t: Type): Basic | undefined {
  const u = underlying(t);
  return u.kind === 'basic' ? u : undefined;
}

const INTS = new Set(['int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr',
  'untyped int', 'untyped rune']);
const UNSIGNED = new Set(['uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr']);
const FLOATS = new Set(['float32', 'float64', 'untyped float']);
const COMPLEX = new Set(['complex64', 'complex128']);

/** isInteger reports whether t's underlying type is an integer kind (typed or untyped). */
export function isInteger(t: Type): boolean {
  if (t.kind === 'typeparam') return typeSetAll(t, isInteger);
  const b = basicOf(t);
  return !!b && INTS.has(b.basic);
}
/** isUnsigned reports whether t is an unsigned integer type. */
export function isUnsigned(t: Type): boolean {
  if (t.kind === 'typeparam') return typeSetAll(t, isUnsigned);
  const b = basicOf(t);
  return !!b && UNSIGNED.has(b.basic);
}
/** isFloat reports whether t is a floating-point type. */
export function isFloat(t: Type): boolean {
  if (t.kind === 'typeparam') return typeSetAll(t, isFloat);
  const b = basicOf(t);
  return !!b && FLOATS.has(b.basic);
}
/** isComplex reports whether t is a complex type. */
export function isComplex(t: Type): boolean {
  if (t.kind === 'typeparam') return typeSetAll(t, isComplex);
  const b = basicOf(t);
  return !!b && COMPLEX.has(b.basic);
}
/** isNumeric reports whether t is an integer or float (or complex) type. */
export function isNumeric(t: Type): boolean {
  if (t.kind === 'typeparam') return typeSetAll(t, isNumeric);
  return isInteger(t) || isFloat(t) || isComplex(t);
}
/** isString reports whether t's underlying type is string. */
export function isString(t: Type): boolean {
  if (t.kind === 'typeparam') return typeSetAll(t, isString);
  const b = basicOf(t);
  return !!b && (b.basic === 'string' || b.basic === 'untyped string');
}
/** isBoolean reports whether t's underlying type is bool. */
export function isBoolean(t: Type): boolean {
  if (t.kind === 'typeparam') return typeSetAll(t, isBoolean);
  const b = basicOf(t);
  return !!b && (b.basic === 'bool' || b.basic === 'untyped bool');
}
/** isOrdered reports whether values of t can be compared with < and >. */
export function isOrdered(t: Type): boolean {
  if (t.kind === 'typeparam') return typeSetAll(t, isOrdered);
  return isInteger(t) || isFloat(t) || isString(t);
}
/** isConstType reports whether t can be the type of a constant. */
export function isConstType(t: Type): boolean {
  const b = basicOf(t);
  return !!b && b.basic !== 'invalid' && b.basic !== 'untyped nil' && b.basic !== 'unsafe.Pointer';
}
/** isInterface reports whether t is an interface (not a type parameter). */
export function isInterface(t: Type): boolean {
  return underlying(t).kind === 'interface';
}
/** isTyped reports whether t is not an untyped basic type. */
export function isTyped(t: Type): boolean {
  const b = t.kind === 'basic' ? t : undefined;
  return !b || !b.basic.startsWith('untyped');
}
/** hasNil reports whether nil is assignable to t. */
export function hasNil(t: Type): boolean {
  const u = underlying(t);
  switch (u.kind) {
    case 'pointer': case 'slice': case 'map': case 'chan': case 'signature': case 'interface':
      return true;
    case 'basic':
      return u.basic === 'unsafe.Pointer' || u.basic === 'untyped nil';
  }
  return false;
}

/** defaultType returns the default type of an untyped constant kind (t itself otherwise). */
export function defaultType(t: Type): Type {
  if (t.kind !== 'basic') return t;
  switch (t.basic) {
    case 'untyped bool': return Typ.bool;
    case 'untyped int': return Typ.int;
    case 'untyped rune': return Typ.rune;
    case 'untyped float': return Typ.float64;
    case 'untyped string': return Typ.string;
  }
  return t;
}

/** identical reports whether x and y are identical types. */
export function identical(x: Type, y: Type): boolean {
  return ident(x, y, []);
}

function ident(x: Type, y: Type, seen: [Type, Type][]): boolean {
  if (x === y) return true;
  if (x.kind !== y.kind) return false;
  for (const [a, b] of seen) if (a === x && b === y) return true;
  switch (x.kind) {
    case 'basic':
      return x.basic === (y as Basic).basic;
    case 'named': {
      const yn = y as typeof x;
      const xo = x.orig ?? x;
      const yo = yn.orig ?? yn;
      if (xo !== yo) return false;
      if (!x.typeArgs || !yn.typeArgs) return !x.typeArgs && !yn.typeArgs;
      return x.typeArgs.length === yn.typeArgs.length && x.typeArgs.every((a, i) => ident(a, yn.typeArgs![i], seen));
    }
    case 'pointer': case 'slice':
      return ident(x.elem, (y as typeof x).elem, seen);
    case 'array':
      return x.len === (y as typeof x).len && ident(x.elem, (y as typeof x).elem, seen);
    case 'map':
      return ident(x.key, (y as typeof x).key, seen) && ident(x.elem, (y as typeof x).elem, seen);
    case 'chan':
      return x.dir === (y as typeof x).dir && ident(x.elem, (y as typeof x).elem, seen);
    case 'struct': {
      const ys = y as typeof x;
      if (x.fields.length !== ys.fields.length) return false;
      return x.fields.every((f, i) => {
        const g = ys.fields[i];
        return f.name === g.name && !!f.embedded === !!g.embedded && x.tags[i] === ys.tags[i] &&
          (f.name[0] === f.name[0]?.toUpperCase() || f.pkg === g.pkg) && ident(f.type, g.type, seen);
      });
    }
    case 'tuple': {
      const yt = y as typeof x;
      return x.vars.length === yt.vars.length && x.vars.every((v, i) => ident(v.type, yt.vars[i].type, seen));
    }
    case 'signature': {
      const ys = y as typeof x;
      return x.variadic === ys.variadic && x.typeParams.length === ys.typeParams.length &&
        ident(x.params, ys.params, seen) && ident(x.results, ys.results, seen);
    }
    case 'interface': {
      const yi = y as typeof x;
      const xm = x.allMethods ?? [];
      const ym = yi.allMethods ?? [];
      if (xm.length !== ym.length || !!x.comparable !== !!yi.comparable) return false;
      if ((x.terms === undefined) !== (yi.terms === undefined)) return false;
      if (x.terms && yi.terms) {
        if (x.terms.length !== yi.terms.length) return false;
        if (!x.terms.every((t) => yi.terms!.some((u) => u.tilde === t.tilde && ident(t.type, u.type, seen)))) return false;
      }
      const s2: [Type, Type][] = [...seen, [x, y]];
      return xm.every((m, i) => m.name === ym[i].name && ident(m.type, ym[i].type, s2));
    }
    case 'union': {
      const yu = y as typeof x;
      return x.terms.length === yu.terms.length && x.terms.every((t, i) => t.tilde === yu.terms[i].tilde && ident(t.type, yu.terms[i].type, seen));
    }
    case 'typeparam':
      return false;
  }
}

/** isComparable reports whether values of t can be compared with ==. */
export function isComparable(t: Type, seen = new Set<Type>()): boolean {
  if (seen.has(t)) return true;
  seen.add(t);
  const u = underlying(t);
  switch (u.kind) {
    case 'basic':
      return u.basic !== 'untyped nil';
    case 'pointer': case 'chan': case 'interface':
      return true;
    case 'struct':
      return u.fields.every((f) => isComparable(f.type, seen));
    case 'array':
      return isComparable(u.elem, seen);
    case 'typeparam': {
      const c = underlying(u.constraint);
      if (c.kind !== 'interface') return false;
      if (c.comparable) return true;
      return !!c.terms && c.terms.every((x) => isComparable(x.type));
    }
  }
  return false;
}
