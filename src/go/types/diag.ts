/**
 * diag: the checker's message builders that only programs with errors need (key `go:diag`): operands described
 * as types2 does, the "have (...)" / "want (...)" lines, assignment and return count mismatches. Loaded at once
 * under Node (features.eager.ts); in the browser after a compile that needed it (src/go/syntax/late-keys.ts).
 */
import type * as A from '../syntax/ast.ts';
import '../syntax/print.ts';
import '../syntax/texts.ts';
import './typestring.ts';
import { exprString, unparen } from '../syntax/parser.ts';
import type { Checker, Operand } from './checker.ts';
import type { Instantiator } from './subst.ts';
import type { ConstValue } from './constant.ts';
import { completeInterface, namedMethods } from './lookup.ts';
import { typesHooks } from './hooks.ts';
import { MESSAGES } from './messages.ts';
import { isComparable, isNumeric } from './predicates.ts';
import { typeString } from './names.ts';
import { isInvalid, isUntyped, underlying, type Basic, type Func, type Obj, type Type, type Var } from './types.ts';

const MODE: Record<string, string> = {
  invalid: 'invalid operand', novalue: 'no value', builtin: 'built-in', typexpr: 'type', constant: 'constant',
  variable: 'variable', mapindex: 'map index expression', value: 'value', commaok: 'comma, ok expression',
};

/** operandString renders x for messages. */
function operandString(x: Operand): string {
  if (x.mode === 'nil') return isUntyped(x.type) || isInvalid(x.type) ? 'nil' : `nil (of type ${typeString(x.type)})`;
  let expr = x.expr ? exprString(x.expr) : '';
  if (!expr) {
    if (x.mode === 'builtin') expr = x.builtin ?? '';
    else if (x.mode === 'typexpr') expr = typeString(x.type);
    else if (x.mode === 'constant' && x.value) expr = constString(x.value);
  }
  let s = expr ? expr + ' (' : '';
  let hasType = false;
  if (!['invalid', 'novalue', 'builtin', 'typexpr'].includes(x.mode)) {
    if (isUntyped(x.type)) s += (x.type as Basic).name + ' ';
    else hasType = true;
  }
  s += MODE[x.mode] ?? x.mode;
  if (x.mode === 'constant' && x.value) {
    const v = constString(x.value);
    if (v !== expr) s += ' ' + v;
  }
  if (hasType) {
    if (!isInvalid(x.type)) {
      const generic = (x.type.kind === 'signature' && x.type.typeParams.length > 0) ||
        (x.type.kind === 'named' && x.type.typeParams.length > 0 && !x.type.typeArgs);
      s += (generic ? ' of generic type ' : ' of type ') + typeString(x.type);
      if (x.type.kind === 'typeparam') s += ' constrained by ' + typeString(x.type.constraint);
    } else s += ' with invalid type';
  }
  if (expr) s += ')';
  return s;
}

/** typesSummary renders types for "have (...)" / "want (...)" lines. */
function typesSummary(list: Type[], variadic: boolean, hasDots = false): string {
  const parts = list.map((t, i) => {
    let s: string;
    if (isInvalid(t)) s = 'unknown type';
    else if (isUntyped(t)) s = isNumeric(t) ? 'number' : (t as Basic).name.replace('untyped ', '');
    else s = typeString(t);
    if (variadic && i === list.length - 1) s = '...' + typeString((t as { elem: Type }).elem ?? t);
    if (hasDots && i === list.length - 1) s += '...';
    return s;
  });
  return `(${parts.join(', ')})`;
}

function measure(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** assignError reports an assignment count mismatch at rhs[0]. */
function assignError(c: Checker, rhs: A.Expr[], l: number, r: number): void {
  const vars = measure(l, 'variable');
  const vals = measure(r, 'value');
  const rhs0 = rhs[0];
  const call = unparen(rhs0);
  if (rhs.length === 1 && call.kind === 'CallExpr') {
    c.errorAt(rhs0, `assignment mismatch: ${vars} but ${exprString(call.fun)} returns ${vals}`);
    return;
  }
  c.errorAt(rhs0, `assignment mismatch: ${vars} but ${vals}`);
}

/** returnError reports a wrong number of return values. */
function returnError(c: Checker, at: A.Node, lhs: Var[], rhs: Operand[]): void {
  const l = lhs.length;
  const r = rhs.length;
  let q = 'not enough';
  let pos = at.pos;
  if (r > l) {
    pos = rhs[l].expr!.pos;
    q = 'too many';
  } else if (r > 0) pos = rhs[r - 1].expr!.pos;
  c.error(pos, `${q} return values\n\thave ${typesSummary(rhs.map((x) => x.type), false)}\n\twant ${typesSummary(lhs.map((v) => v.type), false)}`);
}

/** constString renders a value like go/constant's String (strings quoted, shortened). */
function constString(v: ConstValue): string {
  switch (v.kind) {
    case 'int':
      return v.value.toString();
    case 'float': {
      // go/constant: %.6g, but more digits when that would hide a fractional part (go.dev/issue/56220)
      let out = floatString(v.value);
      const isInt = v.rat ? v.rat[1] === 1n : Number.isInteger(v.value);
      if (!isInt && !out.includes('.') && Number.isFinite(v.value)) out = shortestG(v.value);
      return out;
    }
    case 'string': {
      let q = goQuote(v.value);
      if (q.length > 72) q = q.slice(0, 70 - 3) + '..."';
      return q;
    }
    case 'bool':
      return String(v.value);
    case 'unknown':
      return 'unknown';
  }
}

/** floatString formats a float constant as go/constant does (%.6g, then shortest when exact). */
function floatString(x: number): string {
  if (Number.isInteger(x) && Math.abs(x) < 1e21) return x.toString();
  let s = x.toPrecision(6);
  if (s.includes('e')) {
    let [m, e] = s.split('e');
    if (m.includes('.')) m = m.replace(/0+$/, '').replace(/\.$/, '');
    const sign = e[0] === '-' ? '-' : '+';
    e = e.replace(/^[-+]/, '').padStart(2, '0');
    return `${m}e${sign}${e}`;
  }
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s;
}

/** shortestG formats like Go's %g: shortest representation, exponent form for exp < -4 or >= 21. */
function shortestG(x: number): string {
  const e = x === 0 ? 0 : Math.floor(Math.log10(Math.abs(x)));
  if (e < -4 || e >= 21) {
    const [m, ex] = x.toExponential().split('e');
    const n = Number(ex);
    return `${m}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  }
  return String(x);
}

/** goQuote quotes a Go byte string (one char per byte) like strconv.Quote. */
function goQuote(s: string): string {
  let out = '"';
  const bytes = Array.from(s, (c) => c.charCodeAt(0));
  const text = decodeUtf8(bytes);
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0xfffd && ch === '\ufffd') { out += '\\ufffd'; continue; }
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + '"';
}

function decodeUtf8(bytes: number[]): string {
  let s = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    let cp = -1;
    let n = 1;
    if (b < 0x80) cp = b;
    else if (b >= 0xc2 && b < 0xe0 && i + 1 < bytes.length) { cp = ((b & 0x1f) << 6) | (bytes[i + 1] & 0x3f); n = 2; }
    else if (b >= 0xe0 && b < 0xf0 && i + 2 < bytes.length) { cp = ((b & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f); n = 3; }
    else if (b >= 0xf0 && b < 0xf5 && i + 3 < bytes.length) {
      cp = ((b & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12) | ((bytes[i + 2] & 0x3f) << 6) | (bytes[i + 3] & 0x3f); n = 4;
    }
    if (cp < 0) { s += '\ufffd'; i++; continue; }
    s += String.fromCodePoint(cp);
    i += n;
  }
  return s;
}

/** funcString renders a method as `Name(params) results` for "have/want" lines. */
function funcString(f: Func): string {
  const strip = { ...f.type, params: { kind: 'tuple' as const, vars: f.type.params.vars.map((v) => ({ ...v, name: '' })) },
    results: { kind: 'tuple' as const, vars: f.type.results.vars.map((v) => ({ ...v, name: '' })) } };
  return f.name + typeString(strip).slice(4);
}

/** findFoldMember looks for a field or method whose name differs only in case (for "but does have" hints). */
function findFoldMember(T: Type, name: string, inst: Instantiator): { what: 'field' | 'method'; name: string } | undefined {
  const lower = name.toLowerCase();
  let t = T.kind === 'pointer' ? T.elem : T;
  if (t.kind === 'named') {
    const m = namedMethods(t, inst).find((f) => f.name.toLowerCase() === lower);
    if (m) return { what: 'method', name: m.name };
    t = underlying(t);
  }
  if (t.kind === 'struct') {
    const f = t.fields.find((x) => x.name.toLowerCase() === lower);
    if (f) return { what: 'field', name: f.name };
  }
  if (t.kind === 'interface') {
    completeInterface(t);
    const m = t.allMethods!.find((x) => x.name.toLowerCase() === lower);
    if (m) return { what: 'method', name: m.name };
  }
  return undefined;
}

/** typesList renders operands' types for a "have (...)" line. */
function typesList(xs: Operand[]): string {
  return `(${xs.map((x) => (isUntyped(x.type) ? (isNumeric(x.type) ? 'number' : typeString(x.type).replace('untyped ', '')) : typeString(x.type))).join(', ')})`;
}

/** kindString names t's kind for messages. */
function kindString(t: Type): string {
  const u = underlying(t);
  switch (u.kind) {
    case 'slice': return 'slice';
    case 'signature': return 'func';
    case 'map': return 'map';
    case 'struct': return 'struct';
    case 'array': return 'array';
    case 'chan': return 'chan';
    case 'pointer': return 'pointer';
    case 'interface': return 'interface';
    case 'typeparam': return 'type parameter';
  }
  return typeString(t);
}

/** incomparableCause says why t cannot be compared. */
function incomparableCause(t: Type): string {
  const u = underlying(t);
  if (u.kind === 'slice' || u.kind === 'signature' || u.kind === 'map') return `${kindString(t)} can only be compared to nil`;
  if (u.kind === 'struct') {
    const f = u.fields.find((x) => !isComparable(x.type));
    if (f) return `struct containing ${typeString(f.type)} cannot be compared`;
  }
  if (u.kind === 'array') return `${typeString(t)} cannot be compared`;
  return '';
}

/** reportCycle reports an initialization cycle the way types2 does (cycle in dependency order). */
function reportCycle(c: Checker, cycle: Obj[]): void {
  const at = (o: Obj): string => (o.pos ? `${o.pos.file}:${o.pos.line}:${o.pos.col}` : '?');
  const first = cycle[0];
  if (!first.pos) return;
  if (cycle.length === 1) {
    c.error(first.pos, `initialization cycle: ${first.name} refers to itself`);
    return;
  }
  const lines = cycle.map((o) => `\t${at(o)}: ${o.name} refers to`);
  lines.push(`\t${at(first)}: ${first.name}`);
  c.error(first.pos, `initialization cycle for ${first.name}\n${lines.join('\n')}`);
}
typesHooks.diag = { messages: MESSAGES, operandString, typesSummary, assignError, returnError, constString, funcString, findFoldMember, typesList, kindString, incomparableCause, reportCycle };
