/** Type expressions: resolving `[]T`, `map[K]V`, `pkg.T`, `G[int]`, struct and interface literals to Types. */
import { msg } from './msg.ts';
import type * as A from '../syntax/ast.ts';
import { exprString } from '../syntax/parser.ts';
import type { Checker } from './checker.ts';
import { toInt } from './constant.ts';
import { objType } from './decl.ts';
import { constExpr } from './expr.ts';
import { generics, notLoaded, typesHooks } from './hooks.ts';
import { completeInterface } from './lookup.ts';
import { isComparable } from './predicates.ts';
import { operandString } from './operand.ts';
import { Scope } from './scope.ts';
import { typeString } from './names.ts';
import {
  Typ, isInvalid, newSignature, newTypeParam, newVar, underlying, type Func, type Interface, type Signature, type Struct,
  type Term, type Type, type TypeName, type TypeParam, type Var,
} from './types.ts';
import { comparableType } from './universe.ts';

/** typExpr resolves a type expression; reports and returns Typ.invalid on error. */
export function typExpr(c: Checker, e: A.Expr, scope: Scope, inConstraint = false): Type {
  const t = typInternal(c, e, scope, false);
  if (!inConstraint && !isInvalid(t) && (t.kind === 'named' || t.kind === 'interface')) {
    // interfaces with type sets (unions, comparable) are only constraints
    c.delayed.push(() => {
      const u = underlying(t);
      if (u.kind !== 'interface') return;
      completeInterface(u);
      const name = { toString: () => typeString(t) };
      if (u.terms) c.errorAt(e, msg(140, name));
      else if (u.comparable) c.errorAt(e, msg(141, name));
    });
  }
  if (t.kind === 'named' && t.typeParams.length > 0 && !t.typeArgs) {
    c.errorAt(e, msg(142, t.obj.name, t.typeParams.map((p) => `${p.obj.name} ${typeString(p.constraint)}`).join(', ')));
    return Typ.invalid;
  }
  c.info.types.set(e, { mode: 'typexpr', type: t });
  return t;
}

/** genericType resolves a type expression that may name an uninstantiated generic type. */
export function genericType(c: Checker, e: A.Expr, scope: Scope): Type {
  return typInternal(c, e, scope, true);
}

function lookupTypeName(c: Checker, id: A.Ident, scope: Scope): Type {
  if (id.name === '_') {
    c.errorAt(id, msg(143));
    return Typ.invalid;
  }
  const found = scope.lookupParent(id.name);
  if (!found) {
    c.errorAt(id, `undefined: ${id.name}`);
    return Typ.invalid;
  }
  const obj = found[1];
  c.info.uses.set(id, obj);
  if (obj.kind === 'pkgname') obj.used = true;
  if (obj.kind === 'typename' && obj.pkg === '' && (obj.name === 'complex64' || obj.name === 'complex128')) {
    c.unsupported(id.pos, 'complex numbers');
    return Typ.invalid;
  }
  if (obj.kind !== 'typename') {
    if (obj.kind === 'var') obj.used = true;
    c.errorAt(id, msg(144, id.name));
    return Typ.invalid;
  }
  return objType(c, obj);
}

function typInternal(c: Checker, e: A.Expr, scope: Scope, allowGeneric: boolean): Type {
  switch (e.kind) {
    case 'Ident':
      return lookupTypeName(c, e, scope);
    case 'ParenExpr':
      return typInternal(c, e.x, scope, allowGeneric);
    case 'SelectorExpr': {
      if (e.x.kind === 'Ident') {
        const found = scope.lookupParent(e.x.name);
        if (found && found[1].kind === 'pkgname') {
          const pn = found[1];
          pn.used = true;
          c.info.uses.set(e.x, pn);
          if (pn.unsupported) return Typ.invalid;
          const pkg = c.loader(pn.path);
          const obj = pkg?.scope.lookup(e.sel.name);
          if (!obj || !isExportedName(e.sel.name)) {
            c.errorAt(e.sel, msg(145, e.x.name, e.sel.name));
            return Typ.invalid;
          }
          c.info.uses.set(e.sel, obj);
          if (obj.kind !== 'typename') {
            c.errorAt(e, msg(146, exprString(e)));
            return Typ.invalid;
          }
          return obj.type;
        }
      }
      c.errorAt(e, msg(147, exprString(e)));
      return Typ.invalid;
    }
    case 'StarExpr':
      return { kind: 'pointer', elem: typExpr(c, e.x, scope) };
    case 'SliceType':
      return { kind: 'slice', elem: typExpr(c, e.elem, scope) };
    case 'ArrayType': {
      if (!e.len) {
        c.errorAt(e, msg(148));
        typExpr(c, e.elem, scope);
        return Typ.invalid;
      }
      const n = arrayLength(c, e.len, scope);
      const elem = typExpr(c, e.elem, scope);
      return n < 0 ? Typ.invalid : { kind: 'array', len: n, elem };
    }
    case 'MapType': {
      const key = typExpr(c, e.key, scope);
      const elem = typExpr(c, e.value, scope);
      if (!isInvalid(key) && key.kind !== 'typeparam') {
        c.delayed.push(() => {
          if (!isComparable(key)) c.errorAt(e.key, msg(149, typeString(key)));
        });
      }
      return { kind: 'map', key, elem };
    }
    case 'ChanType':
      return { kind: 'chan', dir: e.dir, elem: typExpr(c, e.value, scope) };
    case 'FuncType':
      return funcType(c, e, scope, undefined).sig;
    case 'StructType':
      return structType(c, e, scope);
    case 'InterfaceType':
      return interfaceType(c, e, scope);
    case 'IndexExpr': {
      const g = genericType(c, e.x, scope);
      if (isInvalid(g)) return g;
      if (g.kind !== 'named' || g.typeParams.length === 0 || g.typeArgs) {
        c.errorAt(e.x, msg(150, typeString(g)));
        return Typ.invalid;
      }
      // g is generic: only a program that declares a generic type has one, and it loaded go:generictypes
      const h = typesHooks.genericTypes;
      if (h) return h.instance(c, e, g, scope);
      notLoaded(c, e.pos, 'generic types');
      return Typ.invalid;
    }
    case 'BadExpr':
      return Typ.invalid;
    case 'DotsType':
      c.errorAt(e, msg(153));
      return Typ.invalid;
    default:
      c.errorAt(e, msg(154, exprString(e)));
      return Typ.invalid;
  }
}

function isExportedName(n: string): boolean {
  return /^\p{Lu}/u.test(n);
}

function arrayLength(c: Checker, e: A.Expr, scope: Scope): number {
  const x = constExpr(c, e, scope);
  if (x.mode === 'invalid') return -1;
  if (x.mode !== 'constant' || !x.value) {
    c.errorAt(e, msg(155, exprString(e), x.mode === 'variable' ? 'variable' : 'value', typeString(x.type)));
    return -1;
  }
  const n = toInt(x.value);
  if (n === undefined || n < 0n || n > 1n << 40n) {
    c.errorAt(e, msg(156, operandString(x)));
    return -1;
  }
  return Number(n);
}

/** collectParams declares the parameters of a field list into scope and returns them. */
function collectParams(c: Checker, fields: A.Field[], scope: Scope, sigScope: Scope | undefined, variadicOk: boolean): { vars: Var[]; variadic: boolean } {
  const vars: Var[] = [];
  let variadic = false;
  fields.forEach((f, fi) => {
    let te = f.type;
    let isDots = false;
    if (te.kind === 'DotsType') {
      isDots = true;
      if (!variadicOk || fi !== fields.length - 1 || f.names.length > 1) {
        c.errorAt(te, msg(157));
      } else variadic = true;
      te = te.elem;
    }
    let t = typExpr(c, te, scope);
    if (isDots) t = { kind: 'slice', elem: t };
    if (f.names.length === 0) {
      vars.push(newVar('', t, c.pkg, f.type.pos, { isParam: true }));
    } else {
      for (const n of f.names) {
        const v = newVar(n.name, t, c.pkg, n.pos, { isParam: true, used: true });
        vars.push(v);
        c.info.defs.set(n, v);
        if (sigScope && n.name !== '_') {
          const alt = sigScope.insert(v);
          if (alt) c.errorAt(n, msg(158, n.name));
        }
      }
    }
  });
  return { vars, variadic };
}

/** declareTypeParams creates type parameters for a field list and declares them in scope (generics' part: infer.ts). */
export function declareTypeParams(c: Checker, fields: A.Field[], scope: Scope): TypeParam[] {
  return generics(c, fields[0]!.pos)?.declareTypeParams(c, fields, scope) ?? [];
}

/** unionType resolves a union of type terms (`A | ~B`) inside a constraint or an interface. */
export function unionType(c: Checker, e: A.Expr, scope: Scope): Type {
  const terms: Term[] = [];
  const walk = (x: A.Expr): void => {
    if (x.kind === 'BinaryExpr' && x.op === '|') {
      walk(x.x);
      walk(x.y);
    } else if (x.kind === 'UnaryExpr' && x.op === '~') {
      const t = typExpr(c, x.x, scope, true);
      if (!isInvalid(t) && underlying(t) !== t) {
        c.errorAt(x, msg(159, typeString(t), typeString(underlying(t))));
      }
      terms.push({ tilde: true, type: t });
    } else {
      terms.push({ tilde: false, type: typExpr(c, x, scope, true) });
    }
  };
  walk(e);
  if (terms.length === 1 && !terms[0].tilde) return terms[0].type;
  return { kind: 'union', terms };
}

/** funcType builds a Signature; sigScope (if given) receives the parameters and results. */
export function funcType(c: Checker, e: A.FuncType, scope: Scope, recv: Var | undefined, sigScope?: Scope): { sig: Signature; scope: Scope } {
  const s = sigScope ?? new Scope(scope, 'func', e);
  let tps: TypeParam[] = [];
  if (e.typeParams && e.typeParams.length) tps = declareTypeParams(c, e.typeParams, s);
  const params = collectParams(c, e.params, s, sigScope ? s : undefined, true);
  const results = collectParams(c, e.results, s, sigScope ? s : undefined, false);
  const sig = newSignature(params.vars, results.vars, params.variadic, recv, tps);
  return { sig, scope: s };
}

function structType(c: Checker, e: A.StructType, scope: Scope): Struct {
  const fields: Var[] = [];
  const tags: string[] = [];
  const seen = new Map<string, Var>();
  for (const f of e.fields) {
    const t = typExpr(c, f.type, scope);
    const tag = f.tag ? tagValue(f.tag.value) : '';
    const add = (name: string, pos: A.Pos, embedded: boolean, id?: A.Ident): void => {
      const v = newVar(name, t, c.pkg, pos, { isField: true, embedded, used: true });
      if (name !== '_' && seen.has(name)) c.error(pos, `${name} redeclared`);
      else seen.set(name, v);
      if (id) c.info.defs.set(id, v);
      fields.push(v);
      tags.push(tag);
    };
    if (f.embedded) {
      let base: A.Expr = f.type;
      if (base.kind === 'StarExpr') base = base.x;
      if (base.kind === 'IndexExpr') base = base.x;
      const name = base.kind === 'SelectorExpr' ? base.sel.name : base.kind === 'Ident' ? base.name : '_';
      if (!isInvalid(t)) {
        const u = underlying(t.kind === 'pointer' ? t.elem : t);
        if (t.kind === 'pointer' && (u.kind === 'pointer' || u.kind === 'interface')) {
          c.errorAt(f.type, msg(160));
        } else if (u.kind === 'pointer') {
          c.errorAt(f.type, msg(161));
        }
      }
      add(name, f.type.pos, true);
    } else {
      for (const n of f.names) add(n.name, n.pos, false, n);
    }
  }
  return { kind: 'struct', fields, tags };
}

function tagValue(lit: string): string {
  if (lit.startsWith('`')) return lit.slice(1, -1);
  try {
    return JSON.parse(lit) as string;
  } catch {
    return lit.slice(1, -1);
  }
}

function interfaceType(c: Checker, e: A.InterfaceType, scope: Scope): Interface {
  const iface: Interface = { kind: 'interface', methods: [], embeddeds: [] };
  const pending: (() => void)[] = [];
  for (const el of e.elems) {
    if (el.name) {
      const ft = el.type as A.FuncType;
      const recv = newVar('', iface, c.pkg);
      const { sig } = funcType(c, ft, scope, recv);
      const m: Func = { kind: 'func', name: el.name.name, type: sig, pkg: c.pkg, pos: el.name.pos };
      if (iface.methods.some((x) => x.name === m.name)) c.errorAt(el.name, msg(162, m.name));
      else iface.methods.push(m);
      c.info.defs.set(el.name, m);
    } else {
      const t = el.type.kind === 'BinaryExpr' || (el.type.kind === 'UnaryExpr' && el.type.op === '~')
        ? unionType(c, el.type, scope) : typExpr(c, el.type, scope, true);
      if (!isInvalid(t)) iface.embeddeds.push(t);
      pending.push(() => {});
    }
  }
  // completion needs embedded interfaces resolved; named ones may still be in progress, so complete lazily
  if (iface.embeddeds.every((t) => t.kind !== 'named' || !isInvalid(t.underlying))) completeInterface(iface);
  else c.delayed.push(() => completeInterface(iface));
  return iface;
}

/** isComparableConstraint reports whether constraint t is or embeds comparable. */
export function isComparableConstraint(t: Type): boolean {
  return t === comparableType || (underlying(t).kind === 'interface' && !!(underlying(t) as Interface).comparable);
}

