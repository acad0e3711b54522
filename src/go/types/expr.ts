/** Expressions: operands, constants, unary/binary operators, selectors, indexing, literals (after types2's expr.go). */
import { msg } from './msg.ts';
import type * as A from '../syntax/ast.ts';
import { exprString } from '../syntax/parser.ts';
import { assignment } from './assign.ts';
import { callExpr } from './call.ts';
import { invalidOperand, type Checker, type Operand } from './checker.ts';
import {
  UNKNOWN, binaryConst, float32Const, floatRat, floatVal, compareConst, constString, representable, shiftConst, toInt, type ConstValue,
} from './constant.ts';
import { objType } from './decl.ts';
import { completeInterface, findFoldMember, lookupFieldOrMethod, missingMethodCause } from './lookup.ts';
import { operandString } from './operand.ts';
import {
  basicOf, coreType, defaultType, hasNil, identical, typeSetAll, isBoolean, isComparable, isComplex, isConstType, isFloat, isInteger, isInterface,
  isNumeric, isOrdered, isString, isTyped, isUnsigned,
} from './predicates.ts';
import { Scope } from './scope.ts';
import { funcBody } from './stmt.ts';
import { diag, generics, notLoaded, typesHooks } from './hooks.ts';
import { typeString } from './names.ts';
import { funcType, typExpr } from './typexpr.ts';
import { Typ, isInvalid, isUntyped, underlying, type Basic, type Const, type Type } from './types.ts';

/** rawExpr checks e and returns its operand, which may be multi-valued (tuple), novalue, a type or builtin. */
export function rawExpr(c: Checker, e: A.Expr, scope: Scope, hint?: Type): Operand {
  const x = exprInternal(c, e, scope, hint);
  x.expr = e;
  c.record(x);
  return x;
}

/** expr checks e as a single value (or a constant); reports other uses. */
export function expr(c: Checker, e: A.Expr, scope: Scope, hint?: Type): Operand {
  const x = rawExpr(c, e, scope, hint);
  return singleValue(c, x);
}

/** singleValue rejects tuples, novalue, types and builtins where a value is needed. */
export function singleValue(c: Checker, x: Operand): Operand {
  switch (x.mode) {
    case 'novalue':
      c.errorAt(x.expr!, msg(0, exprString(x.expr!)));
      return invalidOperand(x.expr);
    case 'builtin':
      c.errorAt(x.expr!, msg(1, exprString(x.expr!)));
      return invalidOperand(x.expr);
    case 'typexpr':
      c.errorAt(x.expr!, msg(2, exprString(x.expr!)));
      return { mode: 'invalid', type: x.type, expr: x.expr };
  }
  if (x.type.kind === 'tuple') {
    c.errorAt(x.expr!, msg(3, exprString(x.expr!), typeString(x.type)));
    return invalidOperand(x.expr);
  }
  return x;
}

/** exprOrType checks e allowing a type result. */
export function exprOrType(c: Checker, e: A.Expr, scope: Scope): Operand {
  const x = rawExpr(c, e, scope);
  if (x.mode === 'novalue' || x.mode === 'builtin') return singleValue(c, x);
  if (x.type.kind === 'tuple') return singleValue(c, x);
  return x;
}

/** constExpr checks e, which should be constant (the caller reports if not). */
export function constExpr(c: Checker, e: A.Expr, scope: Scope): Operand {
  return expr(c, e, scope);
}

/** constDeclValue computes the type and value of name i of a const spec (iota already set). */
export function constDeclValue(c: Checker, s: A.ValueSpec, i: number, scope: Scope): [Type, ConstValue] {
  let t: Type | undefined;
  if (s.type) {
    t = typExpr(c, s.type, scope);
    if (!isInvalid(t) && !isConstType(t)) {
      c.errorAt(s.type, msg(4, typeString(t)));
      return [Typ.invalid, UNKNOWN];
    }
  }
  const e = s.values[i];
  if (!e) {
    if (i === s.values.length && s.values.length > 0 || s.values.length === 0) {
      if (s.values.length === 0) c.errorAt(s.names[i], msg(5));
      else c.errorAt(s.names[i], msg(6));
    }
    return [t ?? Typ.invalid, UNKNOWN];
  }
  if (i === s.names.length - 1 && s.values.length > s.names.length) {
    c.errorAt(s.values[s.names.length], msg(7, exprString(s.values[s.names.length])));
  }
  const x = expr(c, e, scope);
  if (x.mode === 'invalid') return [t ?? Typ.invalid, UNKNOWN];
  if (x.mode !== 'constant') {
    c.errorAt(e, msg(8, operandString(x)));
    return [t ?? Typ.invalid, UNKNOWN];
  }
  if (t) {
    const y = assignment(c, x, t, 'constant declaration');
    if (y.mode === 'invalid') return [t, UNKNOWN];
    return [t, y.value ?? UNKNOWN];
  }
  return [x.type, x.value ?? UNKNOWN];
}

// ------------------------------------------------------------------ untyped conversion

/** updateExprType records the final type of an untyped expression tree. */
export function updateExprType(c: Checker, e: A.Expr | undefined, t: Type): void {
  if (!e) return;
  const tv = c.info.types.get(e);
  if (!tv || !isUntyped(tv.type)) return;
  switch (e.kind) {
    case 'ParenExpr':
      updateExprType(c, e.x, t);
      break;
    case 'UnaryExpr':
      if (e.op !== '!' || isBoolean(t)) updateExprType(c, e.x, t);
      break;
    case 'BinaryExpr':
      if ((e.op === '<<' || e.op === '>>') && tv.mode !== 'constant' && !isUntyped(t) && !isInteger(t)) {
        // a non-constant shift of an untyped constant takes the type of its context, which must be an integer
        c.errorAt(e, msg(9, exprString(e.x), typeString(t)));
        break;
      }
      if (!['==', '!=', '<', '<=', '>', '>='].includes(e.op)) {
        updateExprType(c, e.x, t);
        if (e.op !== '<<' && e.op !== '>>') updateExprType(c, e.y, t);
      }
      break;
  }
  // a constant that becomes float32 is rounded once, from its exact value (not via float64)
  c.info.types.set(e, tv.value && basicOf(t)?.basic === 'float32' ? { ...tv, type: t, value: float32Const(tv.value) } : { ...tv, type: t });
}

/** implicitType returns the type an untyped x takes when used as target, or an error code. */
export function implicitType(x: Operand, target: Type): { type: Type; value?: ConstValue } | { code: 'overflows' | 'truncated' | 'mismatch' } {
  if (!isUntyped(x.type) || isInvalid(target)) return { type: x.type, value: x.value };
  if (isUntyped(target)) {
    // both untyped: the "larger" kind wins (int < rune < float)
    const order = ['untyped int', 'untyped rune', 'untyped float'];
    const a = order.indexOf((x.type as Basic).basic);
    const b = order.indexOf((target as Basic).basic);
    if (a >= 0 && b >= 0) return { type: a >= b ? x.type : target, value: x.value };
    return identical(x.type, target) ? { type: target, value: x.value } : { code: 'mismatch' };
  }
  const u = underlying(target);
  if (u.kind === 'basic') {
    if (x.mode === 'nil') return u.basic === 'unsafe.Pointer' ? { type: target } : { code: 'mismatch' };
    if (x.mode === 'constant' && x.value) {
      const r = representable(x.value, u.basic);
      if (!r.ok) return { code: r.reason };
      return { type: target, value: r.value };
    }
    const xb = (x.type as Basic).basic;
    if (xb === 'untyped bool') return isBoolean(u) ? { type: target } : { code: 'mismatch' };
    if (xb === 'untyped string') return isString(u) ? { type: target } : { code: 'mismatch' };
    if (xb === 'untyped int' || xb === 'untyped rune') return isNumeric(u) ? { type: target } : { code: 'mismatch' };
    if (xb === 'untyped float') return isFloat(u) || isComplex(u) ? { type: target } : { code: 'mismatch' };
    return { code: 'mismatch' };
  }
  if (u.kind === 'interface') {
    if (x.mode === 'nil') return { type: Typ.untypedNil };
    completeInterface(u);
    if (u.terms) {
      const d = defaultType(x.type);
      return u.terms.some((t) => identical(t.tilde ? underlying(t.type) : t.type, d)) ? { type: d, value: x.value } : { code: 'mismatch' };
    }
    return { type: defaultType(x.type), value: x.value };
  }
  if (u.kind === 'typeparam') {
    // an untyped constant converts to a type parameter if it converts to every type in its type set
    const cu = underlying(u.constraint);
    if (cu.kind !== 'interface') return { code: 'mismatch' };
    completeInterface(cu);
    if (!cu.terms || cu.terms.length === 0) return x.mode === 'nil' ? { code: 'mismatch' } : { code: 'mismatch' };
    for (const term of cu.terms) {
      const r = implicitType(x, term.type);
      if ('code' in r) return r;
    }
    return { type: target, value: x.value };
  }
  if (x.mode === 'nil' && hasNil(target)) return { type: Typ.untypedNil };
  return { code: 'mismatch' };
}

/** convertUntyped converts an untyped operand to target (binary operands), reporting failures like types2. */
export function convertUntyped(c: Checker, x: Operand, target: Type): Operand {
  if (!isUntyped(x.type) || x.mode === 'invalid') return x;
  const r = implicitType(x, target);
  if ('code' in r) {
    const t = underlying(target);
    const ts = typeString(t.kind === 'typeparam' ? target : t);
    if (r.code === 'truncated') c.errorAt(x.expr!, msg(10, operandString(x), ts));
    else if (r.code === 'overflows') c.errorAt(x.expr!, `${operandString(x)} overflows ${ts}`);
    else c.errorAt(x.expr!, msg(11, operandString(x), ts));
    return invalidOperand(x.expr);
  }
  const y: Operand = { ...x, type: r.type, value: r.value ?? x.value };
  if (x.mode === 'nil' && !isUntyped(r.type)) y.type = r.type;
  if (!isUntyped(r.type)) updateExprType(c, x.expr, r.type);
  return y;
}

// ------------------------------------------------------------------ the expression switch

function exprInternal(c: Checker, e: A.Expr, scope: Scope, hint?: Type): Operand {
  switch (e.kind) {
    case 'BadExpr':
      return invalidOperand(e);
    case 'Ident':
      return ident(c, e, scope);
    case 'BasicLit':
      return basicLit(c, e);
    case 'ParenExpr': {
      const x = rawExpr(c, e.x, scope, hint);
      return { ...x, expr: e };
    }
    case 'FuncLit': {
      const s = new Scope(scope, 'func', e);
      c.info.scopes.set(e, s);
      const { sig } = funcType(c, e.type, scope, undefined, s);
      const env = c.env;
      funcBody(c, '<function literal>', sig, e.body, s);
      c.env = env;
      return { mode: 'value', type: sig, expr: e };
    }
    case 'CompositeLit':
      return compositeLit(c, e, scope, hint);
    case 'SelectorExpr':
      return selector(c, e, scope);
    case 'IndexExpr':
      if (typesHooks.indexExpr) return typesHooks.indexExpr(c, e, scope);
      notLoaded(c, e.pos, 'index expressions');
      return invalidOperand(e);
    case 'SliceExpr':
      return sliceExpr(c, e, scope);
    case 'TypeAssertExpr':
      if (typesHooks.typeAssertExpr) return typesHooks.typeAssertExpr(c, e, scope);
      notLoaded(c, e.pos, 'type assertions');
      return invalidOperand(e);
    case 'CallExpr':
      return callExpr(c, e, scope, hint);
    case 'StarExpr': {
      const x = exprOrType(c, e.x, scope);
      if (x.mode === 'invalid') return x;
      if (x.mode === 'typexpr') {
        const t: Type = { kind: 'pointer', elem: x.type };
        return { mode: 'typexpr', type: t, expr: e };
      }
      if (x.mode === 'nil') {
        c.errorAt(e, msg(15));
        return invalidOperand(e);
      }
      const u = underlying(x.type);
      if (u.kind !== 'pointer') {
        c.errorAt(e, msg(16, operandString(x)));
        return invalidOperand(e);
      }
      return { mode: 'variable', type: u.elem, expr: e };
    }
    case 'UnaryExpr':
      return unary(c, e, scope, hint);
    case 'BinaryExpr':
      return binary(c, e, e.x, e.y, e.op, scope, hint);
    case 'KeyValueExpr':
      c.errorAt(e, msg(17));
      return invalidOperand(e);
    case 'ArrayType': case 'SliceType': case 'MapType': case 'ChanType': case 'FuncType': case 'StructType':
    case 'InterfaceType': {
      const t = typExpr(c, e, scope);
      return isInvalid(t) ? invalidOperand(e) : { mode: 'typexpr', type: t, expr: e };
    }
    case 'DotsType':
      c.errorAt(e, msg(18));
      return invalidOperand(e);
  }
}

function ident(c: Checker, e: A.Ident, scope: Scope): Operand {
  if (e.name === '_') {
    c.errorAt(e, msg(19));
    return invalidOperand(e);
  }
  const found = scope.lookupParent(e.name);
  if (!found) {
    c.errorAt(e, `undefined: ${e.name}`);
    return invalidOperand(e);
  }
  const obj = found[1];
  c.info.uses.set(e, obj);
  c.noteUse(obj);
  switch (obj.kind) {
    case 'pkgname':
      obj.used = true;
      c.errorAt(e, msg(20, obj.name));
      return invalidOperand(e);
    case 'const': {
      if (obj.name === 'iota' && obj.pkg === '') {
        if (!c.iota) {
          c.errorAt(e, msg(21));
          return invalidOperand(e);
        }
        return { mode: 'constant', type: Typ.untypedInt, value: c.iota, expr: e };
      }
      const t = objType(c, obj);
      if (isInvalid(t)) return invalidOperand(e);
      return { mode: 'constant', type: t, value: (obj as Const).value, expr: e };
    }
    case 'typename': {
      if (obj.pkg === '' && (obj.name === 'complex64' || obj.name === 'complex128')) {
        c.unsupported(e.pos, 'complex numbers');
        return invalidOperand(e);
      }
      const t = objType(c, obj);
      if (isInvalid(t)) return invalidOperand(e);
      return { mode: 'typexpr', type: t, expr: e };
    }
    case 'var': {
      if (obj.pkg === c.pkg || obj.pkg === '') obj.used = true;
      const t = objType(c, obj);
      if (isInvalid(t)) return invalidOperand(e);
      return { mode: 'variable', type: t, expr: e };
    }
    case 'func': {
      const t = objType(c, obj);
      if (!t || isInvalid(t)) return invalidOperand(e);
      return { mode: 'value', type: t, expr: e };
    }
    case 'builtin':
      return { mode: 'builtin', type: Typ.invalid, builtin: obj.builtin, expr: e };
    case 'nil':
      return { mode: 'nil', type: Typ.untypedNil, expr: e };
    default:
      return invalidOperand(e);
  }
}

/** unquote decodes a Go string or rune literal into a byte string (one char per UTF-8 byte). */
export function unquote(lit: string): string {
  if (lit.startsWith('`')) return utf8Bytes(lit.slice(1, -1).replace(/\r/g, ''));
  const body = lit.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\') {
      const cp = body.codePointAt(i)!;
      if (cp > 0xffff) i++;
      out += utf8Bytes(String.fromCodePoint(cp));
      continue;
    }
    const n = body[++i];
    const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"' };
    if (n in simple) out += simple[n];
    else if (n >= '0' && n <= '7') {
      out += String.fromCharCode(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else if (n === 'x') {
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (n === 'u' || n === 'U') {
      const len = n === 'u' ? 4 : 8;
      out += utf8Bytes(String.fromCodePoint(parseInt(body.slice(i + 1, i + 1 + len), 16)));
      i += len;
    }
  }
  return out;
}

function utf8Bytes(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp < 0x800) out += String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out += String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out += String.fromCharCode(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return out;
}

function basicLit(c: Checker, e: A.BasicLit): Operand {
  if (e.bad) return invalidOperand(e);
  switch (e.litKind) {
    case 'int': {
      let s = e.value.replace(/_/g, '');
      if (/^0[0-7]+$/.test(s)) s = '0o' + s.slice(1);
      return { mode: 'constant', type: Typ.untypedInt, value: { kind: 'int', value: BigInt(s) }, expr: e };
    }
    case 'float': {
      const r = floatRat(e.value.replace(/_/g, ''));
      if (!r) {
        c.errorAt(e, msg(22, e.value));
        return invalidOperand(e);
      }
      return { mode: 'constant', type: Typ.untypedFloat, value: floatVal(r), expr: e };
    }
    case 'imag':
      c.unsupported(e.pos, 'complex numbers');
      return invalidOperand(e);
    case 'char': {
      const bytes = unquote(e.value);
      let cp: number;
      if (e.value.startsWith("'\\x") || /^'\\[0-7]/.test(e.value)) cp = bytes.charCodeAt(0);
      else cp = decodeRune(bytes);
      return { mode: 'constant', type: Typ.untypedRune, value: { kind: 'int', value: BigInt(cp) }, expr: e };
    }
    case 'string':
      return { mode: 'constant', type: Typ.untypedString, value: { kind: 'string', value: unquote(e.value) }, expr: e };
  }
}

function decodeRune(bytes: string): number {
  const b = Array.from(bytes, (ch) => ch.charCodeAt(0));
  if (b.length === 1) return b[0];
  if (b.length === 2) return ((b[0] & 0x1f) << 6) | (b[1] & 0x3f);
  if (b.length === 3) return ((b[0] & 0x0f) << 12) | ((b[1] & 0x3f) << 6) | (b[2] & 0x3f);
  return ((b[0] & 0x07) << 18) | ((b[1] & 0x3f) << 12) | ((b[2] & 0x3f) << 6) | (b[3] & 0x3f);
}

// ------------------------------------------------------------------ operators

function unary(c: Checker, e: A.UnaryExpr, scope: Scope, hint?: Type): Operand {
  if (e.op === '&') {
    const inner = e.x.kind === 'ParenExpr' ? e.x.x : e.x;
    if (inner.kind === 'CompositeLit') {
      const hintElem = hint && underlying(hint).kind === 'pointer' ? (underlying(hint) as { elem: Type }).elem : undefined;
      const x = rawExpr(c, inner, scope, hintElem);
      if (x.mode === 'invalid') return invalidOperand(e);
      return { mode: 'value', type: { kind: 'pointer', elem: x.type }, expr: e };
    }
    const x = expr(c, e.x, scope);
    if (x.mode === 'invalid') return invalidOperand(e);
    if (x.mode !== 'variable') {
      c.errorAt(e.x, msg(23, operandString(x)));
      return invalidOperand(e);
    }
    return { mode: 'value', type: { kind: 'pointer', elem: x.type }, expr: e };
  }
  if (e.op === '<-') {
    const x = expr(c, e.x, scope);
    if (x.mode === 'invalid') return invalidOperand(e);
    const u = coreType(x.type);
    if (u.kind !== 'chan') {
      c.errorAt(e.x, msg(24, operandString(x)));
      return invalidOperand(e);
    }
    if (u.dir === 'send') {
      c.errorAt(e.x, msg(25, operandString(x)));
      return invalidOperand(e);
    }
    return { mode: 'commaok', type: u.elem, expr: e };
  }
  if (e.op === '~') {
    c.errorAt(e, msg(26));
    expr(c, e.x, scope);
    return invalidOperand(e);
  }
  let x = expr(c, e.x, scope, hint);
  if (x.mode === 'invalid') return invalidOperand(e);
  const ok = e.op === '!' ? isBoolean(x.type) : e.op === '^' ? isInteger(x.type) : isNumeric(x.type);
  if (!ok || x.mode === 'nil') {
    c.errorAt(e.x, msg(27, e.op, operandString(x)));
    return invalidOperand(e);
  }
  if (x.mode === 'constant' && x.value) {
    let v: ConstValue = UNKNOWN;
    const xv = x.value;
    if (e.op === '!' && xv.kind === 'bool') v = { kind: 'bool', value: !xv.value };
    else if (e.op === '-') v = xv.kind === 'int' ? { kind: 'int', value: -xv.value } : xv.kind === 'float' ? (xv.rat ? floatVal([-xv.rat[0], xv.rat[1]]) : { kind: 'float', value: -xv.value }) : UNKNOWN;
    else if (e.op === '+') v = xv;
    else if (e.op === '^' && xv.kind === 'int') {
      if (isUnsigned(x.type)) {
        const b = basicOf(x.type)!.basic;
        const bits = b === 'uint8' ? 8n : b === 'uint16' ? 16n : b === 'uint32' ? 32n : 64n;
        v = { kind: 'int', value: xv.value ^ ((1n << bits) - 1n) };
      } else v = { kind: 'int', value: ~xv.value };
    }
    x = { mode: 'constant', type: x.type, value: v, expr: e };
    return overflow(c, x, e);
  }
  return { mode: 'value', type: x.type, expr: e };
}

/** overflow checks a constant result against its (typed) type, like types2's overflow. */
function overflow(c: Checker, x: Operand, e: A.Expr): Operand {
  if (!x.value || x.value.kind === 'unknown') return x;
  if (isTyped(x.type)) {
    const b = basicOf(x.type);
    if (b) {
      const r = representable(x.value, b.basic);
      if (!r.ok) {
        const ts = typeString(underlying(x.type));
        if (r.reason === 'truncated') c.errorAt(e, msg(28, operandString(x), ts));
        else if (r.reason === 'overflows') c.errorAt(e, `${operandString(x)} overflows ${ts}`);
        else c.errorAt(e, msg(29, operandString(x), ts));
        return invalidOperand(e);
      }
      return { ...x, value: r.value };
    }
    return x;
  }
  if (x.value.kind === 'int' && (x.value.value >= 1n << 512n || x.value.value < -(1n << 512n))) {
    const opPos = e.kind === 'BinaryExpr' ? e.opPos : e.pos;
    const names: Record<string, string> = {
      '+': 'addition', '-': 'subtraction', '^': 'bitwise XOR', '*': 'multiplication', '<<': 'shift',
    };
    const op = e.kind === 'BinaryExpr' ? names[e.op] : e.kind === 'UnaryExpr' && e.op === '^' ? 'bitwise complement' : undefined;
    c.error(opPos, msg(30, op ? op + ' ' : ''));
    return invalidOperand(e);
  }
  return x;
}

const COMPARISON = new Set(['==', '!=', '<', '<=', '>', '>=']);

/** binary checks `lhs op rhs`; e is the whole expression (absent for `x op= y`). */
export function binary(c: Checker, e: A.Expr | undefined, lhs: A.Expr, rhs: A.Expr, op: string, scope: Scope, hint?: Type): Operand {
  let x = expr(c, lhs, scope, op === '<<' || op === '>>' ? hint : undefined);
  let y = expr(c, rhs, scope);
  if (x.mode === 'invalid' || y.mode === 'invalid') return invalidOperand(e);
  if (op === '<<' || op === '>>') return shift(c, x, y, e, op, hint);
  [x, y] = matchTypes(c, x, y);
  if (x.mode === 'invalid' || y.mode === 'invalid') return invalidOperand(e);
  if (COMPARISON.has(op)) return comparison(c, x, y, op, e);
  if (!identical(x.type, y.type)) {
    if (!isInvalid(x.type) && !isInvalid(y.type)) {
      const what = e ? exprString(e) : `${exprString(lhs)} ${op}= ${exprString(rhs)}`;
      c.errorAt(x.expr!, msg(31, what, typeString(x.type), typeString(y.type)));
    }
    return invalidOperand(e);
  }
  const pred = (t: Type): boolean => (op === '&&' || op === '||' ? isBoolean(t)
    : op === '+' ? isNumeric(t) || isString(t)
      : op === '-' || op === '*' || op === '/' ? isNumeric(t)
        : isInteger(t));
  const defined = typeSetAll(x.type, pred);
  if (!defined || x.mode === 'nil') {
    const what = e ? exprString(e) : `${exprString(lhs)} ${op}= ${exprString(rhs)}`;
    void what;
    c.errorAt(x.expr!, msg(32, op, operandString(x)));
    return invalidOperand(e);
  }
  if ((op === '/' || op === '%') && (x.mode === 'constant' || isInteger(x.type)) && y.mode === 'constant' && y.value &&
    ((y.value.kind === 'int' && y.value.value === 0n) || (y.value.kind === 'float' && y.value.value === 0))) {
    c.errorAt(y.expr!, msg(33));
    return invalidOperand(e);
  }
  if (x.mode === 'constant' && y.mode === 'constant' && x.value && y.value) {
    const v = binaryConst(x.value, op, y.value, isInteger(x.type));
    const r: Operand = { mode: 'constant', type: x.type, value: v, expr: e };
    return e ? overflow(c, r, e) : r;
  }
  return { mode: 'value', type: x.type, expr: e };
}

function mayConvert(x: Operand, y: Operand): boolean {
  if (isTyped(x.type) && isTyped(y.type)) return false;
  if ((isInterface(x.type) && x.type.kind !== 'typeparam') || (isInterface(y.type) && y.type.kind !== 'typeparam')) return true;
  if (isBoolean(x.type) !== isBoolean(y.type)) return false;
  if (isString(x.type) !== isString(y.type)) return false;
  if (x.mode === 'nil') return hasNil(y.type);
  if (y.mode === 'nil') return hasNil(x.type);
  if (underlying(x.type).kind === 'pointer' || underlying(y.type).kind === 'pointer') return false;
  return true;
}

/** matchTypes converts untyped operands towards each other's type, as types2 does before binary ops. */
export function matchTypes(c: Checker, x: Operand, y: Operand): [Operand, Operand] {
  if (mayConvert(x, y)) {
    x = convertUntyped(c, x, y.type);
    if (x.mode === 'invalid') return [x, y];
    y = convertUntyped(c, y, x.type);
  }
  return [x, y];
}

/** kindString names t's kind for messages (diag.ts; a placeholder while `go:diag` is not loaded). */
function kindString(t: Type): string {
  return diag()?.kindString(t) ?? '?';
}

/** comparison checks x op y for comparison operators (switchCase: a case value against the tag). */
export function comparison(c: Checker, x: Operand, y: Operand, op: string, e: A.Expr | undefined, switchCase = false): Operand {
  if (isInvalid(x.type) || isInvalid(y.type)) return invalidOperand(e);
  let errOp = x;
  let cause = '';
  const fail = (): Operand => {
    if (!cause) {
      if (x.type.kind === 'typeparam' || y.type.kind === 'typeparam') {
        if (x.type.kind !== 'typeparam') errOp = y;
        cause = `type parameter ${typeString(errOp.type)} cannot use operator ${op}`;
        cause = `type parameter ${typeString(errOp.type)} is not comparable with ${op}`;
      } else cause = `operator ${op} not defined on ${kindString(errOp.type)}`;
    }
    if (switchCase) c.errorAt(x.expr!, msg(34, exprString(x.expr!), exprString(y.expr!), cause));
    else c.errorAt(errOp.expr!, msg(35, exprString(x.expr!), op, exprString(y.expr!), cause));
    return invalidOperand(e);
  };
  if (!assignableTo(c, x, y.type) && !assignableTo(c, y, x.type)) {
    errOp = y;
    cause = `mismatched types ${typeString(x.type)} and ${typeString(y.type)}`;
    return fail();
  }
  if (op === '==' || op === '!=') {
    if (x.mode === 'nil' || y.mode === 'nil') {
      const t = x.mode === 'nil' ? y.type : x.type;
      if (!hasNil(t) || (x.mode === 'nil' && y.mode === 'nil')) {
        errOp = y;
        return fail();
      }
    } else if (!isComparable(x.type)) {
      errOp = x;
      cause = incomparableCause(x.type);
      return fail();
    } else if (!isComparable(y.type)) {
      errOp = y;
      cause = incomparableCause(y.type);
      return fail();
    }
  } else {
    if (!isOrdered(x.type) || x.mode === 'nil') {
      errOp = x;
      return fail();
    }
    if (!isOrdered(y.type)) {
      errOp = y;
      return fail();
    }
  }
  if (x.mode === 'constant' && y.mode === 'constant' && x.value && y.value) {
    if (x.value.kind === 'unknown' || y.value.kind === 'unknown') return { mode: 'constant', type: Typ.untypedBool, value: UNKNOWN, expr: e };
    return { mode: 'constant', type: Typ.untypedBool, value: { kind: 'bool', value: compareConst(x.value, op, y.value) }, expr: e };
  }
  updateExprType(c, x.expr, defaultType(x.type));
  updateExprType(c, y.expr, defaultType(y.type));
  return { mode: 'value', type: Typ.untypedBool, expr: e };
}

/** incomparableCause says why t cannot be compared, for messages (diag.ts; a placeholder while `go:diag` is not loaded). */
function incomparableCause(t: Type): string {
  return diag()?.incomparableCause(t) ?? '?';
}

function shift(c: Checker, x: Operand, y: Operand, e: A.Expr | undefined, op: string, hint?: Type): Operand {
  // the shifted operand must be an integer (or an untyped constant representable as one)
  let xval: bigint | undefined;
  if (x.mode === 'constant' && x.value) xval = toInt(x.value);
  if (isInteger(x.type) || (isUntyped(x.type) && xval !== undefined)) {
    // ok
  } else {
    c.errorAt(x.expr!, msg(36, operandString(x)));
    return invalidOperand(e);
  }
  let yval: bigint | undefined;
  if (y.mode === 'constant' && y.value) {
    yval = toInt(y.value);
    if (yval === undefined || (y.value.kind === 'float' && isUntyped(y.type) && false)) {
      c.errorAt(y.expr!, msg(37, operandString(y)));
      return invalidOperand(e);
    }
    if (yval < 0n) {
      c.errorAt(y.expr!, msg(38, operandString(y)));
      return invalidOperand(e);
    }
    if (isUntyped(y.type)) y = { ...y, type: Typ.uint };
  } else if (!isInteger(y.type)) {
    c.errorAt(y.expr!, msg(39, operandString(y)));
    return invalidOperand(e);
  } else if (isUntyped(y.type)) {
    y = convertUntyped(c, y, Typ.uint);
  }
  if (x.mode === 'constant') {
    if (y.mode === 'constant' && yval !== undefined) {
      if (yval > 10000n) {
        c.errorAt(y.expr!, msg(40, operandString(y)));
        return invalidOperand(e);
      }
      const t = isUntyped(x.type) && (x.type as Basic).basic === 'untyped float' ? Typ.untypedInt : x.type;
      const r: Operand = { mode: 'constant', type: t, value: shiftConst({ kind: 'int', value: xval! }, op, yval), expr: e };
      return e ? overflow(c, r, e) : r;
    }
    if (isUntyped(x.type)) {
      // non-constant shift of an untyped constant: it takes the type it would have without the shift,
      // which is only known from the context (a hint, or later conversion of this untyped value)
      if (hint && !isInterface(hint)) {
        if (!isInteger(hint)) {
          c.errorAt(x.expr!, msg(41, operandString(x), typeString(hint)));
          return invalidOperand(e);
        }
        x = convertUntyped(c, x, hint);
        if (x.mode === 'invalid') return x;
      } else {
        return { mode: 'value', type: Typ.untypedInt, expr: e };
      }
    }
  }
  return { mode: 'value', type: x.type, expr: e };
}

/** assignableTo reports whether x can be assigned to T (no untyped conversion side effects). */
export function assignableTo(c: Checker, x: Operand, T: Type): boolean {
  return assignableReason(c, x, T) === '';
}

/** assignableReason returns '' if assignable, else a cause (possibly 'no' when there is no specific cause). */
export function assignableReason(c: Checker, x: Operand, T: Type): string {
  const V = x.type;
  if (isInvalid(V) || isInvalid(T)) return '';
  if (identical(V, T)) return '';
  const Vu = underlying(V);
  const Tu = underlying(T);
  if (isUntyped(V)) {
    if (Tu.kind === 'typeparam') {
      const r = implicitType(x, T);
      return 'code' in r ? 'no' : '';
    }
    const r = implicitType(x, T);
    return 'code' in r ? 'no' : '';
  }
  // identical underlying types and at least one is not a named type
  if (identical(Vu, Tu) && (V.kind !== 'named' || T.kind !== 'named') && V.kind !== 'typeparam' && T.kind !== 'typeparam') return '';
  if (Tu.kind === 'interface' && T.kind !== 'typeparam') {
    const cause = missingMethodCause(V, T, c.inst);
    if (!cause) {
      completeInterface(Tu);
      if (Tu.terms || Tu.comparable) return 'no';
      return '';
    }
    return `${typeString(V)} does not implement ${typeString(T)} ${cause}`;
  }
  if (Vu.kind === 'interface' && V.kind !== 'typeparam' && Tu.kind !== 'interface') {
    if (missingMethodCause(T, V, c.inst) === undefined) {
      return `need type assertion`;
    }
  }
  if (Vu.kind === 'chan' && Tu.kind === 'chan' && Vu.dir === 'both' && identical(Vu.elem, Tu.elem)) {
    return V.kind === 'named' && T.kind === 'named' ? 'no' : '';
  }
  return 'no';
}

// ------------------------------------------------------------------ selectors

function selector(c: Checker, e: A.SelectorExpr, scope: Scope): Operand {
  const sel = e.sel.name;
  if (e.x.kind === 'Ident') {
    const found = scope.lookupParent(e.x.name);
    if (found && found[1].kind === 'pkgname') {
      const pn = found[1];
      pn.used = true;
      c.info.uses.set(e.x, pn);
      if (pn.unsupported) return invalidOperand(e);
      const pkg = c.loader(pn.path);
      const obj = pkg?.scope.lookup(sel);
      if (!obj || !/^\p{Lu}/u.test(sel)) {
        if (obj && !/^\p{Lu}/u.test(sel)) c.errorAt(e.sel, msg(42, sel, pn.name));
        else c.errorAt(e.sel, msg(43, e.x.name, sel));
        return invalidOperand(e);
      }
      c.info.uses.set(e.sel, obj);
      switch (obj.kind) {
        case 'const':
          return { mode: 'constant', type: obj.type, value: obj.value, expr: e };
        case 'typename':
          return { mode: 'typexpr', type: obj.type, expr: e };
        case 'var':
          return { mode: 'variable', type: obj.type, expr: e };
        case 'func':
          return { mode: 'value', type: obj.type, expr: e };
        case 'builtin':
          return { mode: 'builtin', type: Typ.invalid, builtin: obj.builtin, expr: e };
        default:
          return invalidOperand(e);
      }
    }
  }
  const x = exprOrType(c, e.x, scope);
  if (x.mode === 'invalid') return invalidOperand(e);
  if (x.mode === 'typexpr') {
    // method expression T.m
    const T = x.type;
    const r = lookupFieldOrMethod(T, sel, c.inst, c.pkg);
    if (r.kind !== 'method') {
      c.errorAt(e.sel, msg(44, exprString(e), typeString(T), sel));
      return invalidOperand(e);
    }
    if (r.ptrRecv && T.kind !== 'pointer' && !r.indirect) {
      c.errorAt(e.sel, msg(45, exprString(e), typeString(T), sel));
      return invalidOperand(e);
    }
    const m = r.obj;
    const recv = { ...m.type.recv!, type: T, name: '' };
    const sig = { ...m.type, params: { kind: 'tuple' as const, vars: [recv, ...m.type.params.vars] }, recv: undefined };
    c.info.selections.set(e, { kind: 'methodExpr', recv: T, obj: m, index: r.index, indirect: r.indirect, addr: false, deref: false });
    c.noteUse(m);
    c.info.uses.set(e.sel, m);
    return { mode: 'value', type: sig, expr: e };
  }
  if (x.mode === 'nil') {
    c.errorAt(e.sel, msg(46, exprString(e), sel));
    return invalidOperand(e);
  }
  const single = singleValue(c, x);
  if (single.mode === 'invalid') return invalidOperand(e);
  let T = x.type;
  if (T.kind === 'typeparam') {
    const cu = underlying(T.constraint);
    if (cu.kind === 'interface') {
      completeInterface(cu);
      const m = cu.allMethods!.find((f) => f.name === sel);
      if (m) {
        c.info.selections.set(e, { kind: 'method', recv: T, obj: m, index: [0], indirect: false, addr: false, deref: false });
        c.info.uses.set(e.sel, m);
        return { mode: 'value', type: { ...m.type, recv: undefined }, expr: e };
      }
    }
    c.errorAt(e.sel, msg(47, exprString(e), typeString(T), sel));
    return invalidOperand(e);
  }
  const r = lookupFieldOrMethod(T, sel, c.inst, c.pkg);
  if (r.kind === 'ambiguous') {
    c.errorAt(e.sel, msg(48, exprString(e)));
    return invalidOperand(e);
  }
  if (r.kind === 'none') {
    let why: string;
    if (T.kind === 'pointer' && underlying(T.elem).kind === 'interface') {
      why = `type ${typeString(T)} is pointer to interface, not interface`;
    } else {
      why = `type ${typeString(T)} has no field or method ${sel}`;
      const alt = findFoldMember(T, sel, c.inst);
      if (alt) {
        const unexp = !/^\p{Lu}/u.test(alt.name) && /^\p{Lu}/u.test(sel);
        why += `, but does have ${unexp ? 'unexported ' : ''}${alt.what} ${alt.name}`;
      }
    }
    c.errorAt(e.sel, msg(49, exprString(e), why));
    return invalidOperand(e);
  }
  c.info.uses.set(e.sel, r.obj);
  if (r.kind === 'field') {
    c.info.selections.set(e, { kind: 'field', recv: T, obj: r.obj, index: r.index, indirect: r.indirect, addr: false, deref: false });
    const mode = x.mode === 'variable' || r.indirect ? 'variable' : 'value';
    return { mode, type: r.obj.type, expr: e };
  }
  // method value
  const m = r.obj;
  let addr = false;
  let deref = false;
  if (m.type.recv) {
    const recvIsPtr = !!r.ptrRecv;
    const xIsPtr = underlying(T).kind === 'pointer' && T.kind !== 'named';
    if (recvIsPtr && !xIsPtr && !r.indirect) {
      if (x.mode !== 'variable') {
        c.errorAt(e.sel, msg(50, sel, typeString(T)));
        return invalidOperand(e);
      }
      addr = true;
    }
    if (!recvIsPtr && xIsPtr && r.index.length === 1) deref = true;
  }
  c.info.selections.set(e, { kind: 'method', recv: T, obj: m, index: r.index, indirect: r.indirect, addr, deref });
  c.noteUse(m);
  T = m.type;
  return { mode: 'value', type: { ...m.type, recv: undefined }, expr: e };
}

// ------------------------------------------------------------------ index and slice

/** index checks an index value; returns its constant value if known (undefined otherwise). */
export function index(c: Checker, e: A.Expr, scope: Scope, max: number): number | undefined {
  const x = expr(c, e, scope);
  if (x.mode === 'invalid') return undefined;
  let y = x;
  if (isUntyped(x.type)) y = convertUntyped(c, x, Typ.int);
  if (y.mode === 'invalid') return undefined;
  if (!isInteger(y.type)) {
    c.errorAt(e, msg(51, operandString(x)));
    return undefined;
  }
  if (y.mode === 'constant' && y.value) {
    const v = toInt(y.value);
    if (v === undefined) return undefined;
    if (v < 0n) {
      c.errorAt(e, msg(52, exprString(e)));
      return undefined;
    }
    if (max >= 0 && v >= BigInt(max)) {
      c.errorAt(e, msg(53, constString(y.value), max));
      return undefined;
    }
    return Number(v);
  }
  return undefined;
}

function sliceExpr(c: Checker, e: A.SliceExpr, scope: Scope): Operand {
  const x = expr(c, e.x, scope);
  if (x.mode === 'invalid') return invalidOperand(e);
  const u = coreType(x.type);
  let result: Type | undefined;
  let length = -1;
  switch (u.kind) {
    case 'basic':
      if (isString(u)) {
        if (e.slice3) {
          c.errorAt(e, msg(54));
          return invalidOperand(e);
        }
        result = isUntyped(u) ? Typ.string : x.type;
        if (x.mode === 'constant' && x.value?.kind === 'string') length = x.value.value.length;
      }
      break;
    case 'array':
      if (x.mode !== 'variable') {
        c.errorAt(e, msg(55, exprString(e.x)));
        return invalidOperand(e);
      }
      result = { kind: 'slice', elem: u.elem };
      length = u.len;
      break;
    case 'pointer': {
      const pu = underlying(u.elem);
      if (pu.kind === 'array') {
        result = { kind: 'slice', elem: pu.elem };
        length = pu.len;
      }
      break;
    }
    case 'slice':
      result = x.type;
      break;
  }
  if (!result) {
    c.errorAt(x.expr!, msg(56, operandString(x)));
    return invalidOperand(e);
  }
  const vals: (number | undefined)[] = [];
  for (const ie of [e.low, e.high, e.max]) {
    if (!ie) {
      vals.push(undefined);
      continue;
    }
    vals.push(index(c, ie, scope, length >= 0 ? length + 1 : -1));
  }
  const known = vals.filter((v): v is number => v !== undefined);
  for (let i = 1; i < known.length; i++) {
    if (known[i] < known[i - 1]) {
      c.errorAt(e, msg(57, known[i], known[i - 1]));
      break;
    }
  }
  return { mode: 'value', type: result, expr: e };
}

/** instantiateExplicit checks f[T, ...] on a generic function (partial lists are completed by inference at the call). */
export function instantiateExplicit(c: Checker, e: A.IndexExpr, x: Operand, scope: Scope): Operand {
  const sig = x.type as import('./types.ts').Signature;
  const targs = e.indices.map((ie) => typExpr(c, ie, scope));
  if (targs.some(isInvalid)) return invalidOperand(e);
  if (targs.length > sig.typeParams.length) {
    c.errorAt(e.indices[sig.typeParams.length], msg(58, targs.length, sig.typeParams.length));
    return invalidOperand(e);
  }
  if (targs.length < sig.typeParams.length) {
    // partial instantiation: the rest is inferred at the call
    return { mode: 'value', type: sig, expr: e, partial: targs } as Operand & { partial: Type[] };
  }
  return instantiateFuncOperand(c, e, x, targs);
}

/** instantiateFuncOperand instantiates a generic function value with complete type arguments. */
function instantiateFuncOperand(c: Checker, e: A.Expr, x: Operand, targs: Type[]): Operand {
  const sig = generics(c, e.pos)?.instantiateFunc(c, x.type as import('./types.ts').Signature, targs, e);
  if (!sig) return invalidOperand(e);
  const id = e.kind === 'IndexExpr' ? (e.x.kind === 'SelectorExpr' ? e.x.sel : e.x) : e;
  if (id.kind === 'Ident') c.info.instances.set(id, { typeArgs: targs, type: sig });
  return { mode: 'value', type: sig, expr: e };
}

// ------------------------------------------------------------------ composite literals

function compositeLit(c: Checker, e: A.CompositeLit, scope: Scope, hint?: Type): Operand {
  let T: Type;
  if (e.type) {
    if (e.type.kind === 'ArrayType' && !e.type.len) {
      const elem = typExpr(c, e.type.elem, scope);
      const n = elements(c, e.elts, elem, -1, scope);
      T = { kind: 'array', len: n, elem };
      c.info.types.set(e.type, { mode: 'typexpr', type: T });
      return { mode: 'value', type: T, expr: e };
    }
    T = typExpr(c, e.type, scope);
  } else if (hint) {
    T = hint;
    const u = underlying(T);
    if (u.kind === 'pointer') {
      T = u.elem;
    }
  } else {
    c.errorAt(e, msg(61));
    return invalidOperand(e);
  }
  if (isInvalid(T)) {
    for (const el of e.elts) expr(c, el.kind === 'KeyValueExpr' ? el.value : el, scope);
    return invalidOperand(e);
  }
  const u = coreType(T);
  switch (u.kind) {
    case 'struct': {
      if (e.elts.length === 0) break;
      if (e.elts[0].kind === 'KeyValueExpr') {
        const seen = new Set<string>();
        for (const el of e.elts) {
          if (el.kind !== 'KeyValueExpr') {
            c.errorAt(el, msg(62));
            continue;
          }
          if (el.key.kind !== 'Ident') {
            c.errorAt(el.key, msg(63, exprString(el.key)));
            expr(c, el.value, scope);
            continue;
          }
          const name = el.key.name;
          const i = u.fields.findIndex((f) => f.name === name);
          if (i < 0) {
            const alt = u.fields.find((f) => f.name.toLowerCase() === name.toLowerCase());
            c.errorAt(el.key, msg(64, name, typeString(T), alt ? `, but does have ${/^\p{Lu}/u.test(alt.name) || !/^\p{Lu}/u.test(name) ? '' : 'unexported '}${alt.name}` : ''));
            expr(c, el.value, scope);
            continue;
          }
          const f = u.fields[i];
          c.info.uses.set(el.key, f);
          if (seen.has(name)) c.errorAt(el.key, msg(65, name));
          seen.add(name);
          const v = expr(c, el.value, scope, f.type);
          if (v.mode !== 'invalid') assignment(c, v, f.type, 'struct literal');
        }
      } else {
        e.elts.forEach((el, i) => {
          if (el.kind === 'KeyValueExpr') {
            c.errorAt(el, msg(66));
            return;
          }
          const v = expr(c, el, scope, u.fields[i]?.type);
          if (i >= u.fields.length) {
            if (i === u.fields.length) c.errorAt(v.expr ?? el, msg(67, typeString(T)));
            return;
          }
          if (v.mode !== 'invalid') assignment(c, v, u.fields[i].type, 'struct literal');
        });
        if (e.elts.length < u.fields.length && e.elts.every((x) => x.kind !== 'KeyValueExpr')) {
          c.error(e.rbrace, msg(68, typeString(T)));
        }
      }
      break;
    }
    case 'array': {
      elements(c, e.elts, u.elem, u.len, scope);
      break;
    }
    case 'slice':
      elements(c, e.elts, u.elem, -1, scope);
      break;
    case 'map': {
      const keys: ConstValue[] = [];
      for (const el of e.elts) {
        if (el.kind !== 'KeyValueExpr') {
          c.errorAt(el, msg(69));
          continue;
        }
        const k = expr(c, el.key, scope, u.key);
        if (k.mode !== 'invalid') {
          const kk = assignment(c, k, u.key, 'map literal');
          if (kk.mode === 'constant' && kk.value && !isInterface(u.key)) {
            if (keys.some((v) => v.kind === kk.value!.kind && compareConst(v, '==', kk.value!))) {
              c.errorAt(el.key, msg(70, exprString(el.key)));
            }
            keys.push(kk.value);
          }
        }
        const v = expr(c, el.value, scope, u.elem);
        if (v.mode !== 'invalid') assignment(c, v, u.elem, 'map literal');
      }
      break;
    }
    default:
      c.errorAt(e, msg(71, typeString(T)));
      for (const el of e.elts) expr(c, el.kind === 'KeyValueExpr' ? el.value : el, scope);
      return invalidOperand(e);
  }
  if (!e.type && hint && underlying(hint).kind === 'pointer') {
    c.info.types.set(e, { mode: 'value', type: T });
    return { mode: 'value', type: hint, expr: e };
  }
  return { mode: 'value', type: T, expr: e };
}

/** elements checks array/slice literal elements; returns the literal's length. */
function elements(c: Checker, elts: A.Expr[], elem: Type, length: number, scope: Scope): number {
  let i = 0;
  let max = 0;
  const seen = new Set<number>();
  for (const el of elts) {
    let ve = el;
    if (el.kind === 'KeyValueExpr') {
      const k = index(c, el.key, scope, length);
      if (k !== undefined) {
        i = k;
      } else {
        const kx = c.info.types.get(el.key);
        if (kx && kx.mode !== 'constant') c.errorAt(el.key, msg(72, exprString(el.key)));
      }
      ve = el.value;
    } else if (length >= 0 && i >= length) {
      c.errorAt(el, msg(73, i, length));
    }
    if (seen.has(i)) c.errorAt(el, msg(74, i));
    seen.add(i);
    const v = expr(c, ve, scope, elem);
    if (v.mode !== 'invalid') assignment(c, v, elem, 'array or slice literal');
    i++;
    if (i > max) max = i;
  }
  return max;
}
