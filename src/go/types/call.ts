/** Calls: function and method calls, conversions T(x), builtins, and generic function calls with inference. */
import { msg } from './msg.ts';
import type * as A from '../syntax/ast.ts';
import { exprString, unparen } from '../syntax/parser.ts';
import { assignment, typesSummary } from './assign.ts';
import { invalidOperand, type Checker, type Operand } from './checker.ts';
import { UNKNOWN, constString, representable, toInt } from './constant.ts';
import { convertUntyped, expr, exprOrType, index, rawExpr, singleValue, updateExprType } from './expr.ts';
import { generics, notLoaded, typesHooks, type Text } from './hooks.ts';
import { RARE_BUILTINS } from '../syntax/features.ts';
import { completeInterface } from './lookup.ts';
import { operandString } from './operand.ts';
import {
  basicOf, coreType, defaultType, identical, isBoolean, isComparable, isFloat, isInteger, isInterface, isNumeric, isOrdered, isString,
  isTyped,
} from './predicates.ts';
import type { Scope } from './scope.ts';
import { typeString } from './names.ts';
import { Typ, isInvalid, isUntyped, newTuple, underlying, type BuiltinName, type Signature, type Type } from './types.ts';
import { assignableReason } from './expr.ts';

/** callExpr checks a call, conversion or builtin call. */
export function callExpr(c: Checker, e: A.CallExpr, scope: Scope, hint?: Type): Operand {
  const f = rawExpr(c, e.fun, scope);
  if (f.mode === 'invalid') {
    for (const a of e.args) rawExpr(c, a, scope);
    return invalidOperand(e);
  }
  if (f.mode === 'typexpr') return conversion(c, e, f.type, scope);
  if (f.mode === 'builtin') return builtin(c, e, f.builtin!, scope, hint);
  const fs = singleValue(c, f);
  if (fs.mode === 'invalid') return invalidOperand(e);
  const u = underlying(f.type);
  if (u.kind !== 'signature') {
    c.errorAt(e, msg(119, operandString(f)));
    for (const a of e.args) rawExpr(c, a, scope);
    return invalidOperand(e);
  }
  let sig = u;
  const args = evalArgs(c, e, scope);
  if (sig.typeParams.length) {
    const partial = (f as Operand & { partial?: Type[] }).partial ?? [];
    const inst = generics(c, e.pos)?.inferAndInstantiate(c, e, sig, partial, args);
    if (!inst) return invalidOperand(e);
    sig = inst;
    const id = unparen(e.fun);
    const name = id.kind === 'IndexExpr' ? unparen(id.x) : id;
    const nameId = name.kind === 'SelectorExpr' ? name.sel : name;
    if (nameId.kind === 'Ident') c.info.instances.set(nameId, { typeArgs: (sig as Signature & { targs?: Type[] }).targs ?? [], type: sig });
    c.info.types.set(e.fun, { mode: 'value', type: sig });
  }
  checkArguments(c, e, sig, args, callName(e));
  const res = sig.results.vars;
  if (res.length === 0) return { mode: 'novalue', type: newTuple([]), expr: e };
  if (res.length === 1) return { mode: 'value', type: res[0].type, expr: e };
  return { mode: 'value', type: sig.results, expr: e };
}

/** callName is the callee as messages name it, printed only when a message uses it. */
function callName(e: A.CallExpr): Text {
  return { toString: () => exprString(e.fun) };
}

/** evalArgs evaluates call arguments; a single multi-value call argument is spread. */
function evalArgs(c: Checker, e: A.CallExpr, scope: Scope): Operand[] {
  if (e.args.length === 1 && !e.hasDots) {
    const x = rawExpr(c, e.args[0], scope);
    if (x.mode !== 'invalid' && x.mode !== 'novalue' && x.type.kind === 'tuple') {
      return x.type.vars.map((v) => ({ mode: 'value', type: v.type, expr: e.args[0], spread: true }) as Operand);
    }
    if (x.mode === 'invalid') return [x];
    return [singleValue(c, x)];
  }
  return e.args.map((a) => {
    const x = rawExpr(c, a, scope);
    return x.mode === 'invalid' ? x : singleValue(c, x);
  });
}

/** checkArguments checks argument count and assignability against sig. */
export function checkArguments(c: Checker, e: A.CallExpr, sig: Signature, args: Operand[], name: Text): void {
  if (args.some((a) => a.mode === 'invalid')) {
    // still check the valid ones against their parameters
  }
  const params = sig.params.vars;
  const nargs = args.length;
  let npars = params.length;
  const ddd = e.hasDots;
  let adjusted = params.map((p) => p.type);
  if (sig.variadic) {
    if (ddd) {
      if (nargs === 1 && (args[0] as Operand & { spread?: boolean }).spread) {
        c.errorAt(e.args[0], msg(120, exprString(e.args[0])));
        return;
      }
    } else {
      const last = params[npars - 1].type;
      const elem = (underlying(last) as { elem: Type }).elem;
      if (nargs >= npars - 1) {
        adjusted = [...adjusted.slice(0, npars - 1)];
        for (let i = npars - 1; i < nargs; i++) adjusted.push(elem);
        npars = nargs;
      }
    }
  } else if (ddd) {
    c.errorAt(e.args[e.args.length - 1], msg(121, name));
    c.errorAt(e, msg(122, name));
    return;
  }
  if (nargs !== npars) {
    let pos = e.pos;
    let q = 'not enough';
    if (nargs > npars) {
      pos = args[npars].expr!.pos;
      q = 'too many';
    } else if (nargs > 0) {
      pos = args[nargs - 1].expr!.pos;
    }
    c.error(pos, msg(123, q, name, typesSummary(args.map((a) => a.type), false), typesSummary(params.map((p) => p.type), sig.variadic)));
    return;
  }
  args.forEach((a, i) => {
    if (a.mode === 'invalid') return;
    assignment(c, a, adjusted[i], { toString: () => `argument to ${name}` });
  });
}

// ------------------------------------------------------------------ conversions

function conversion(c: Checker, e: A.CallExpr, T: Type, scope: Scope): Operand {
  if (e.args.length !== 1) {
    for (const a of e.args) expr(c, a, scope);
    if (e.args.length === 0) c.error(e.rparen, msg(124, typeString(T)));
    else c.errorAt(e.args[1], msg(125, typeString(T)));
    return invalidOperand(e);
  }
  if (e.hasDots) {
    c.errorAt(e.args[0], msg(126, typeString(T)));
    return invalidOperand(e);
  }
  const x = expr(c, e.args[0], scope, T);
  if (x.mode === 'invalid') return invalidOperand(e);
  const Tu = underlying(T);
  // constant conversions
  if (x.mode === 'constant' && x.value && Tu.kind === 'basic' && T.kind !== 'typeparam') {
    const tb = Tu.basic;
    let v = x.value;
    let ok = false;
    if (isString(Tu) && isInteger(x.type) && v.kind === 'int') {
      // string(rune)
      const cp = v.value;
      const r = cp < 0n || cp > 0x10ffffn || (cp >= 0xd800n && cp < 0xe000n) ? 0xfffd : Number(cp);
      v = { kind: 'string', value: utf8(r) };
      ok = true;
    } else if ((isNumeric(Tu) && (isNumeric(x.type))) || (isString(Tu) && isString(x.type)) || (isBoolean(Tu) && isBoolean(x.type))) {
      if (isInteger(Tu) || isFloat(Tu) || isString(Tu) || isBoolean(Tu)) {
        const r = representable(v, tb);
        if (!r.ok) {
          if (isInteger(Tu) && isInteger(x.type)) c.errorAt(x.expr!, msg(127, constString(v), typeString(T)));
          else c.errorAt(x.expr!, msg(128, operandString(x), typeString(T)));
          return invalidOperand(e);
        }
        v = r.value;
        ok = true;
      }
    }
    if (ok) {
      updateExprType(c, x.expr, isUntyped(x.type) ? (isInteger(Tu) || isFloat(Tu) || isString(Tu) || isBoolean(Tu) ? T : defaultType(x.type)) : x.type);
      return { mode: 'constant', type: T, value: v, expr: e };
    }
  }
  if (!convertible(c, x, T)) {
    c.errorAt(x.expr!, msg(129, operandString(x), typeString(T)));
    return invalidOperand(e);
  }
  if (isUntyped(x.type)) {
    const t = isInterface(T) && T.kind !== 'typeparam' || (x.mode === 'constant' && !isNumeric(Tu) && !isString(Tu) && !isBoolean(Tu)) ? defaultType(x.type) : T;
    if (x.mode !== 'nil') updateExprType(c, x.expr, t.kind === 'typeparam' ? defaultType(x.type) : t);
  }
  if (isInterface(T) && !isInterface(x.type) && x.mode !== 'nil' && T.kind !== 'typeparam') {
    c.info.conversions.set(x.expr!, { from: isUntyped(x.type) ? defaultType(x.type) : x.type, to: T });
  }
  return { mode: 'value', type: T, expr: e };
}

function utf8(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp);
  if (cp < 0x800) return String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 63));
  if (cp < 0x10000) return String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  return String.fromCharCode(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
}

/** convertible reports whether x can be converted to T (spec's conversion rules). */
export function convertible(c: Checker, x: Operand, T: Type): boolean {
  if (assignableReason(c, x, T) === '') return true;
  const V = x.type;
  const Vu = underlying(V);
  const Tu = underlying(T);
  if (T.kind === 'typeparam' || V.kind === 'typeparam') {
    const tt = T.kind === 'typeparam' ? termTypes(T) : [T];
    const vt = V.kind === 'typeparam' ? termTypes(V) : [V];
    if (!tt.length || !vt.length) return false;
    return tt.every((t) => vt.every((v) => convertible(c, { ...x, type: v }, t)));
  }
  if (identical(stripTags(Vu), stripTags(Tu))) return true;
  if (Vu.kind === 'pointer' && Tu.kind === 'pointer' && V.kind !== 'named' && T.kind !== 'named' &&
    identical(underlying(Vu.elem), underlying(Tu.elem))) return true;
  if (isNumeric(Vu) && isNumeric(Tu)) return true;
  if (isInteger(Vu) && isString(Tu)) return true;
  if (isString(Vu) && isString(Tu)) return true;
  const isBytesOrRunes = (t: Type): boolean => {
    const u = underlying(t);
    if (u.kind !== 'slice') return false;
    const b = basicOf(u.elem);
    return !!b && (b.basic === 'uint8' || b.basic === 'int32');
  };
  if (isString(Vu) && isBytesOrRunes(Tu)) return true;
  if (isBytesOrRunes(Vu) && isString(Tu)) return true;
  if (Vu.kind === 'slice' && Tu.kind === 'array' && identical(Vu.elem, Tu.elem)) return true;
  if (Vu.kind === 'slice' && Tu.kind === 'pointer') {
    const pe = underlying(Tu.elem);
    if (pe.kind === 'array' && identical(Vu.elem, pe.elem)) return true;
  }
  return false;
}

function stripTags(t: Type): Type {
  if (t.kind !== 'struct') return t;
  return { ...t, tags: t.tags.map(() => '') };
}

function termTypes(t: Type): Type[] {
  if (t.kind !== 'typeparam') return [t];
  const cu = underlying(t.constraint);
  if (cu.kind !== 'interface') return [];
  completeInterface(cu);
  if (!cu.terms) return [];
  return cu.terms.map((x) => x.type);
}

// ------------------------------------------------------------------ builtins

/** builtin checks a call of a builtin function. */
function builtin(c: Checker, e: A.CallExpr, name: BuiltinName, scope: Scope, hint?: Type): Operand {
  const nargs = e.args.length;
  const record = (argTypes: Type[], result?: Type): void => {
    c.info.builtins.set(e, { name, argTypes, result });
  };
  if (e.hasDots && name !== 'append') {
    c.errorAt(e, msg(130, name));
    for (const a of e.args) rawExpr(c, a, scope);
    return invalidOperand(e);
  }
  const counts: Record<string, [number, number]> = {
    append: [1, Infinity], cap: [1, 1], clear: [1, 1], close: [1, 1], complex: [2, 2], copy: [2, 2], delete: [2, 2],
    imag: [1, 1], len: [1, 1], make: [1, 3], max: [1, Infinity], min: [1, Infinity], new: [1, 1], panic: [1, 1],
    print: [0, Infinity], println: [0, Infinity], real: [1, 1], recover: [0, 0],
  };
  const [lo, hi] = counts[name];
  if (nargs < lo || nargs > hi) {
    const q = nargs < lo ? 'not enough' : 'too many';
    const at = nargs < lo ? undefined : e.args[hi];
    for (const a of e.args) rawExpr(c, a, scope);
    c.errorAt(e, msg(131, q, exprString(e), lo === hi || nargs > hi ? hi : lo, nargs));
    void at;
    return invalidOperand(e);
  }
  if (name === 'complex' || name === 'real' || name === 'imag') {
    c.unsupported(e.pos, 'complex numbers');
    for (const a of e.args) rawExpr(c, a, scope);
    return invalidOperand(e);
  }
  switch (name) {
    case 'make': {
      const T = exprOrType(c, e.args[0], scope);
      if (T.mode === 'invalid') return invalidOperand(e);
      if (T.mode !== 'typexpr') {
        c.errorAt(e.args[0], msg(132, exprString(e.args[0])));
        return invalidOperand(e);
      }
      const u = coreType(T.type);
      let min = 1;
      if (u.kind === 'slice') min = 2;
      else if (u.kind !== 'map' && u.kind !== 'chan') {
        c.errorAt(e.args[0], msg(133, exprString(e.args[0])));
        return invalidOperand(e);
      }
      if (nargs < min || (u.kind !== 'slice' && nargs > 2)) {
        c.errorAt(e, msg(134, exprString(e), min, min + 1, nargs));
        return invalidOperand(e);
      }
      const sizes: number[] = [];
      for (const a of e.args.slice(1)) {
        const x = expr(c, a, scope);
        if (x.mode === 'invalid') continue;
        const y = isUntyped(x.type) ? convertUntyped(c, x, Typ.int) : x;
        if (y.mode === 'invalid') continue;
        if (!isInteger(y.type)) {
          c.errorAt(a, msg(135, operandString(x)));
          continue;
        }
        if (y.mode === 'constant' && y.value) {
          const v = toInt(y.value)!;
          if (v < 0n) c.errorAt(a, msg(136, exprString(a)));
          sizes.push(Number(v));
        }
      }
      if (sizes.length === 2 && sizes[0] > sizes[1]) c.errorAt(e.args[1], msg(137));
      record([T.type], T.type);
      return { mode: 'value', type: T.type, expr: e };
    }
    case 'new': {
      const T = exprOrType(c, e.args[0], scope);
      if (T.mode === 'invalid') return invalidOperand(e);
      if (T.mode !== 'typexpr') {
        c.errorAt(e.args[0], msg(138, exprString(e.args[0])));
        return invalidOperand(e);
      }
      const t: Type = { kind: 'pointer', elem: T.type };
      record([T.type], t);
      return { mode: 'value', type: t, expr: e };
    }
    case 'recover':
      record([], anyT());
      return { mode: 'value', type: anyT(), expr: e };
  }
  if (RARE_BUILTINS.has(name)) {
    if (typesHooks.rareBuiltin) return typesHooks.rareBuiltin(c, e, name, scope, record);
    notLoaded(c, e.pos, `built-in ${name}`);
    return invalidOperand(e);
  }
  const args = e.args.map((a) => expr(c, a, scope));
  void hint;
  if (args.some((a) => a.mode === 'invalid')) return invalidOperand(e);
  const x = args[0];
  switch (name) {
    case 'len': case 'cap': {
      let t = x.type;
      const u0 = underlying(t);
      if (u0.kind === 'pointer' && underlying(u0.elem).kind === 'array') t = u0.elem;
      const u = underlying(t);
      let ok = false;
      let val: bigint | undefined;
      if (u.kind === 'basic' && isString(u) && name === 'len') {
        ok = true;
        if (x.mode === 'constant' && x.value?.kind === 'string') val = BigInt(x.value.value.length);
      } else if (u.kind === 'array') {
        ok = true;
        if (!containsCallOrRecv(x.expr!)) val = BigInt(u.len);
      } else if (u.kind === 'slice' || u.kind === 'chan' || (u.kind === 'map' && name === 'len')) ok = true;
      else if (u.kind === 'typeparam') ok = true;
      if (!ok) {
        c.errorAt(x.expr!, msg(139, operandString(x), name));
        return invalidOperand(e);
      }
      if (isUntyped(x.type)) updateExprType(c, x.expr, Typ.string);
      record([isUntyped(x.type) ? Typ.string : x.type], Typ.int);
      if (val !== undefined) return { mode: 'constant', type: Typ.int, value: { kind: 'int', value: val }, expr: e };
      return { mode: 'value', type: Typ.int, expr: e };
    }
    case 'append': {
      const S = x.type;
      const su = coreType(S);
      if (su.kind !== 'slice') {
        const cause = x.mode === 'nil' ? 'have untyped nil' : `have ${operandString(x)}`;
        c.errorAt(x.expr!, `invalid argument: first argument to append must be a slice; ${cause}`.replace('invalid argument: ', ''));
        return invalidOperand(e);
      }
      if (nargs === 2 && e.hasDots && isString(args[1].type)) {
        const b = basicOf(su.elem);
        if (b && b.basic === 'uint8') {
          if (isUntyped(args[1].type)) updateExprType(c, args[1].expr, Typ.string);
          record([S, Typ.string], S);
          return { mode: 'value', type: S, expr: e };
        }
      }
      const sig: Signature = {
        kind: 'signature', params: newTuple([{ kind: 'var', name: '', type: S, pkg: '' }, { kind: 'var', name: '', type: { kind: 'slice', elem: su.elem }, pkg: '' }]),
        results: newTuple([{ kind: 'var', name: '', type: S, pkg: '' }]), variadic: true, typeParams: [],
      };
      checkArguments(c, e, sig, args, 'append');
      record(args.map((a) => a.type), S);
      return { mode: 'value', type: S, expr: e };
    }
    case 'panic': {
      const a = assignment(c, x, anyT(), 'argument to panic');
      if (a.mode === 'invalid') return invalidOperand(e);
      record([anyT()]);
      return { mode: 'novalue', type: newTuple([]), expr: e };
    }
  }
  return invalidOperand(e);
}

function containsCallOrRecv(e: A.Expr): boolean {
  let found = false;
  const walk = (x: A.Expr): void => {
    if (found) return;
    switch (x.kind) {
      case 'CallExpr': found = true; return;
      case 'UnaryExpr': if (x.op === '<-') { found = true; return; } walk(x.x); return;
      case 'ParenExpr': case 'StarExpr': walk(x.x); return;
      case 'SelectorExpr': walk(x.x); return;
      case 'IndexExpr': walk(x.x); x.indices.forEach(walk); return;
      case 'BinaryExpr': walk(x.x); walk(x.y); return;
    }
  };
  walk(e);
  return found;
}

let anyCache: Type | undefined;
function anyT(): Type {
  if (!anyCache) anyCache = { kind: 'interface', methods: [], embeddeds: [], allMethods: [] };
  return anyCache;
}

/** setAnyType lets the universe's any be used for builtins. */
export function setAnyType(t: Type): void {
  anyCache = t;
}

export { UNKNOWN, isBoolean, isComparable, index, isInvalid };
