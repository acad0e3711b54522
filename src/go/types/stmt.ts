/** Statements and function bodies: scopes, unused variables, missing return, switches, ranges (types2's stmt.go). */
import { msg } from './msg.ts';
import type * as A from '../syntax/ast.ts';
import { exprString, unparen } from '../syntax/parser.ts';
import { assignVar, assignVars, assignment, initVars, lhsVar, multiExpr, returnError, shortVarDecl } from './assign.ts';
import type { Checker, Operand } from './checker.ts';
import { UNKNOWN, compareConst, constString, intVal } from './constant.ts';
import { binary, comparison, convertUntyped, expr, matchTypes, rawExpr } from './expr.ts';
import { constDeclValue } from './expr.ts';
import { operandString } from './operand.ts';
import { coreType, defaultType, hasNil, identical, isBoolean, isInteger, isInterface, isNumeric, isString } from './predicates.ts';
import { Scope } from './scope.ts';
import { typeString } from './names.ts';
import { declareTypeParams, typExpr } from './typexpr.ts';
import {
  Typ, isInvalid, isUntyped, newVar, underlying, type Const, type Named, type Signature, type Type, type TypeName, type Var,
} from './types.ts';
import { objType } from './decl.ts';
import { diag, notLoaded, typesHooks } from './hooks.ts';

/** funcBody checks a function body with its signature scope; reports missing return and unused variables. */
export function funcBody(c: Checker, name: string, sig: Signature, body: A.BlockStmt, sigScope: Scope): void {
  const save = c.env;
  const saveIota = c.iota;
  c.env = { sig, scope: sigScope, name };
  c.iota = undefined;
  c.info.scopes.set(body, sigScope);
  stmtList(c, body.stmts, sigScope, { fallthroughOk: false });
  if (sig.results.vars.length > 0 && !isTerminatingList(body.stmts, '')) {
    c.error(body.rbrace, msg(75));
  }
  usage(c, sigScope);
  c.env = save;
  c.iota = saveIota;
}

function usage(c: Checker, scope: Scope): void {
  const unused: Var[] = [];
  for (const o of scope.names.values()) {
    if (o.kind === 'var' && !o.used && !o.isParam && !(o as Var & { typeSwitchVar?: boolean }).typeSwitchVar) unused.push(o);
  }
  unused.sort((a, b) => (a.pos!.line - b.pos!.line) || (a.pos!.col - b.pos!.col));
  for (const v of unused) c.error(v.pos!, msg(76, v.name));
  for (const child of scope.children) if (child.kind !== 'func') usage(c, child);
}

/** Ctx says whether a fallthrough may end the statement list. */
export interface Ctx { fallthroughOk: boolean; finalSwitchCase?: boolean }

/** stmtList checks a statement list (the last statement may fall through when ctx allows). */
export function stmtList(c: Checker, list: A.Stmt[], scope: Scope, ctx: Ctx): void {
  let n = list.length;
  while (n > 0 && list[n - 1].kind === 'EmptyStmt') n--;
  list.forEach((s, i) => stmt(c, s, scope, { fallthroughOk: ctx.fallthroughOk && i + 1 === n, finalSwitchCase: ctx.finalSwitchCase }));
}

/** openScope opens a block scope for node. */
export function openScope(c: Checker, parent: Scope, node: A.Node): Scope {
  const s = new Scope(parent, 'block', node);
  c.info.scopes.set(node, s);
  return s;
}

/** stmtKind classifies a call for statement context: plain calls and some builtins are statements. */
function isStatementCall(c: Checker, e: A.Expr): 'statement' | 'conversion' | 'expression' {
  const u = unparen(e);
  if (u.kind === 'UnaryExpr' && u.op === '<-') return 'statement';
  if (u.kind !== 'CallExpr') return 'expression';
  const f = c.info.types.get(u.fun);
  if (f && f.mode === 'typexpr') return 'conversion';
  const b = c.info.builtins.get(u);
  if (b) return ['clear', 'close', 'copy', 'delete', 'panic', 'print', 'println', 'recover'].includes(b.name) ? 'statement' : 'expression';
  return 'statement';
}

function stmt(c: Checker, s: A.Stmt, scope: Scope, ctx: Ctx): void {
  switch (s.kind) {
    case 'EmptyStmt': case 'BadStmt':
      return;
    case 'DeclStmt':
      declStmt(c, s.decl, scope);
      return;
    case 'LabeledStmt':
      stmt(c, s.stmt, scope, ctx);
      return;
    case 'ExprStmt': {
      const x = rawExpr(c, s.x, scope);
      if (x.mode === 'invalid') return;
      let msg: string;
      if (x.mode === 'builtin') msg = 'must be called';
      else if (x.mode === 'typexpr') msg = 'is not an expression';
      else {
        if (isStatementCall(c, s.x) === 'statement') return;
        msg = 'is not used';
      }
      c.errorAt(s.x, `${operandString(x)} ${msg}`);
      return;
    }
    case 'SendStmt': {
      const ch = expr(c, s.chan, scope);
      const val = expr(c, s.value, scope);
      if (ch.mode === 'invalid' || val.mode === 'invalid') return;
      const u = underlying(ch.type);
      if (u.kind !== 'chan') {
        c.errorAt(s, msg(77, operandString(ch)));
        return;
      }
      if (u.dir === 'recv') {
        c.errorAt(s, msg(78, operandString(ch)));
        return;
      }
      assignment(c, val, u.elem, 'send');
      return;
    }
    case 'IncDecStmt': {
      const x = expr(c, s.x, scope);
      if (x.mode === 'invalid') return;
      if (!isNumeric(x.type)) {
        c.errorAt(s.x, msg(79, exprString(s.x), s.op, typeString(x.type)));
        return;
      }
      assignVar(c, s.x, x, undefined, scope);
      return;
    }
    case 'AssignStmt':
      if (s.op === ':=') shortVarDecl(c, s, scope);
      else if (s.op === '=') assignVars(c, s.lhs, s.rhs, scope);
      else {
        if (s.lhs.length !== 1 || s.rhs.length !== 1) {
          c.error(s.opPos, msg(80, s.op));
          return;
        }
        const x = binary(c, undefined, s.lhs[0], s.rhs[0], s.op.slice(0, -1), scope);
        if (x.mode === 'invalid') return;
        assignVar(c, s.lhs[0], { ...x, expr: s.lhs[0] }, undefined, scope);
      }
      return;
    case 'GoStmt': case 'DeferStmt': {
      const kw = s.kind === 'GoStmt' ? 'go' : 'defer';
      const call = s.call;
      if (call.kind !== 'CallExpr') {
        c.errorAt(call, msg(81, kw));
        rawExpr(c, call, scope);
        return;
      }
      const x = rawExpr(c, call, scope);
      if (x.mode === 'invalid') return;
      const k = isStatementCall(c, call);
      if (k === 'conversion') c.errorAt(call, msg(82, kw));
      else if (k === 'expression') c.errorAt(call, msg(83, kw, operandString(x)));
      return;
    }
    case 'ReturnStmt': {
      const res = c.env!.sig.results.vars;
      if (s.results.length === 0) {
        if (res.length > 0 && !res[0].name) {
          returnError(c, s, res, []);
          return;
        }
        if (res.length > 0) {
          // naked return: named results must not be shadowed
          for (const r of res) {
            const found = scope.lookupParent(r.name);
            if (r.name !== '_' && found && found[1] !== r) {
              c.errorAt(s, msg(84, r.name, found[1].pos!.file, found[1].pos!.line, found[1].pos!.col, r.name, typeString(found[1].type)));
            }
          }
        }
        return;
      }
      if (res.length === 0) {
        const xs = s.results.map((e) => rawExpr(c, e, scope));
        if (xs.some((x) => x.mode === 'invalid')) return;
        c.errorAt(s.results[0], 'too many return values\n\thave ' + typesList(xs) + '\n\twant ()');
        return;
      }
      const lhs = res.map((r) => ({ ...r, typeSet: true }));
      initVars(c, lhs, s.results, undefined, scope, undefined, s);
      return;
    }
    case 'BranchStmt':
      if (s.tok === 'goto') c.unsupported(s.pos, 'goto');
      return;
    case 'BlockStmt':
      stmtList(c, s.stmts, openScope(c, scope, s), ctx.fallthroughOk ? { fallthroughOk: false } : ctx);
      return;
    case 'IfStmt': {
      const inner = openScope(c, scope, s);
      if (s.init) simpleStmt(c, s.init, inner);
      const x = expr(c, s.cond, inner);
      if (x.mode !== 'invalid' && !isBoolean(x.type)) c.errorAt(s.cond, msg(85));
      stmt(c, s.body, inner, { fallthroughOk: false });
      if (s.else) stmt(c, s.else, inner, { fallthroughOk: false });
      return;
    }
    case 'SwitchStmt':
      if (typesHooks.switchStmt) typesHooks.switchStmt(c, s, scope);
      else notLoaded(c, s.pos, 'switch statements');
      return;
    case 'TypeSwitchStmt':
      if (typesHooks.typeSwitchStmt) typesHooks.typeSwitchStmt(c, s, scope);
      else notLoaded(c, s.pos, 'type switches');
      return;
    case 'SelectStmt':
      for (const cc of s.body) {
        const inner = openScope(c, scope, cc);
        if (cc.comm) {
          const comm = cc.comm;
          let ok = false;
          if (comm.kind === 'SendStmt') ok = true;
          else if (comm.kind === 'ExprStmt') ok = isRecv(comm.x);
          else if (comm.kind === 'AssignStmt' && comm.rhs.length === 1 && (comm.op === '=' || comm.op === ':=')) ok = isRecv(comm.rhs[0]);
          if (!ok) {
            c.errorAt(comm, msg(86));
            continue;
          }
          simpleStmt(c, comm, inner);
        }
        stmtList(c, cc.body, inner, { fallthroughOk: false });
      }
      return;
    case 'ForStmt': {
      const inner = openScope(c, scope, s);
      if (s.init) simpleStmt(c, s.init, inner);
      if (s.cond) {
        const x = expr(c, s.cond, inner);
        if (x.mode !== 'invalid' && !isBoolean(x.type)) c.errorAt(s.cond, msg(87));
      }
      if (s.post) simpleStmt(c, s.post, inner);
      stmt(c, s.body, inner, { fallthroughOk: false });
      return;
    }
    case 'RangeStmt':
      rangeStmt(c, s, scope);
      return;
  }
}

function typesList(xs: Operand[]): string {
  return diag()?.typesList(xs) ?? '(?)';
}

function isRecv(e: A.Expr): boolean {
  const u = unparen(e);
  return u.kind === 'UnaryExpr' && u.op === '<-';
}

/** simpleStmt checks an init or post statement. */
export function simpleStmt(c: Checker, s: A.Stmt, scope: Scope): void {
  stmt(c, s, scope, { fallthroughOk: false });
}

function declStmt(c: Checker, d: A.GenDecl, scope: Scope): void {
  for (const spec of d.specs) {
    if (spec.kind === 'ValueSpec' && d.tok === 'const') {
      const objs: Const[] = [];
      spec.names.forEach((n, i) => {
        c.iota = intVal(spec.iota);
        const saveErrpos = c.errpos;
        if (spec.implicit) c.errpos = n.pos;
        let type: Type;
        let value: import('./constant.ts').ConstValue;
        try {
          [type, value] = constDeclValue(c, spec, i, scope);
        } finally {
          c.errpos = saveErrpos;
        }
        const o: Const = { kind: 'const', name: n.name, type, value, pkg: c.pkg, pos: n.pos, decl: spec };
        objs.push(o);
        c.info.defs.set(n, o);
      });
      c.iota = undefined;
      spec.names.forEach((n, i) => declareLocal(c, scope, n, objs[i]));
    } else if (spec.kind === 'ValueSpec') {
      const declType = spec.type ? typExpr(c, spec.type, scope) : undefined;
      const lhs = spec.names.map((n) => newVar(n.name, declType ?? Typ.invalid, c.pkg, n.pos, { decl: spec, typeSet: declType !== undefined }));
      spec.names.forEach((n, i) => c.info.defs.set(n, lhs[i]));
      if (spec.values.length) initVars(c, lhs, spec.values, declType, scope, spec);
      spec.names.forEach((n, i) => declareLocal(c, scope, n, lhs[i]));
    } else if (spec.kind === 'TypeSpec') {
      const obj: TypeName = { kind: 'typename', name: spec.name.name, type: Typ.invalid, pkg: c.pkg, pos: spec.name.pos, decl: spec, alias: spec.alias };
      c.info.defs.set(spec.name, obj);
      if (spec.alias) {
        obj.type = typExpr(c, spec.type, scope);
        declareLocal(c, scope, spec.name, obj);
        continue;
      }
      const named: Named = { kind: 'named', obj, underlying: Typ.invalid, methods: [], typeParams: [] };
      obj.type = named;
      declareLocal(c, scope, spec.name, obj);
      let s = scope;
      if (spec.typeParams?.length) {
        s = new Scope(scope, 'block', spec);
        named.typeParams = declareTypeParams(c, spec.typeParams, s);
      }
      const rhs = typExpr(c, spec.type, s, true);
      named.underlying = rhs.kind === 'named' ? rhs.underlying : rhs;
    }
  }
}

function declareLocal(c: Checker, scope: Scope, id: A.Ident, obj: import('./types.ts').Obj): void {
  if (id.name === '_') return;
  const alt = scope.insert(obj);
  if (alt) {
    c.errorAt(id, msg(88, id.name, alt.pos!.file, alt.pos!.line, alt.pos!.col, id.name));
  }
}


function rangeStmt(c: Checker, s: A.RangeStmt, scope: Scope): void {
  const outer = openScope(c, scope, s);
  const extra = (s as A.RangeStmt & { extra?: A.Expr[] }).extra;
  if (extra?.length) c.errorAt(extra[0], msg(89));
  const x = expr(c, s.x, outer);
  let key: Type | undefined;
  let val: Type | undefined;
  let xt = x.type;
  if (x.mode !== 'invalid') {
    const u = coreType(xt);
    switch (u.kind) {
      case 'basic':
        if (isString(u)) {
          key = Typ.int;
          val = Typ.rune;
          if (isUntyped(xt)) xt = Typ.string;
        } else if (isInteger(u)) {
          if (isUntyped(xt)) {
            const y = convertUntyped(c, x, defaultType(xt));
            xt = y.mode === 'invalid' ? Typ.int : y.type;
          }
          key = xt;
          if (s.value) {
            c.errorAt(s.value, msg(90, operandString(x)));
          }
        }
        break;
      case 'array':
        key = Typ.int;
        val = u.elem;
        break;
      case 'slice':
        key = Typ.int;
        val = u.elem;
        break;
      case 'pointer': {
        const pu = underlying(u.elem);
        if (pu.kind === 'array') {
          key = Typ.int;
          val = pu.elem;
        }
        break;
      }
      case 'map':
        key = u.key;
        val = u.elem;
        break;
      case 'chan':
        key = u.elem;
        if (u.dir === 'send') {
          c.errorAt(s.x, msg(91, exprString(s.x), typeString(xt)));
          key = undefined;
        } else if (s.value) {
          c.errorAt(s.value, msg(92, operandString(x)));
        }
        break;
      case 'signature':
        c.unsupported(s.x.pos, 'range over function iterators');
        return;
    }
    if (!key) {
      if (!(u.kind === 'chan' && u.dir === 'send')) c.errorAt(s.x, msg(93, operandString(x)));
    }
  }
  const lhs = [s.key, s.value];
  const rhs = [key, val];
  if (s.tok === ':=') {
    const vars: Var[] = [];
    lhs.forEach((e, i) => {
      if (!e) return;
      if (e.kind !== 'Ident') {
        c.errorAt(e, msg(94, exprString(e)));
        return;
      }
      if (e.name !== '_' && vars.some((v) => v.name === e.name)) {
        c.errorAt(e, msg(95, e.name));
        return;
      }
      const v = newVar(e.name, rhs[i] ?? Typ.invalid, c.pkg, e.pos, { decl: s });
      c.info.defs.set(e, v);
      vars.push(v);
    });
    for (const v of vars) if (v.name !== '_') outer.insert(v);
  } else if (s.tok === '=') {
    lhs.forEach((e, i) => {
      if (!e) return;
      const T = lhsVar(c, e, outer);
      const t = rhs[i];
      if (t && !isInvalid(T)) assignment(c, { mode: 'value', type: t, expr: e }, T, 'range clause assignment');
    });
  }
  stmt(c, s.body, outer, { fallthroughOk: false });
}

// ------------------------------------------------------------------ terminating statements

function isTerminatingList(list: A.Stmt[], label: string): boolean {
  let n = list.length;
  while (n > 0 && list[n - 1].kind === 'EmptyStmt') n--;
  return n > 0 && isTerminating(list[n - 1], label);
}

function isTerminating(s: A.Stmt, label: string): boolean {
  switch (s.kind) {
    case 'ReturnStmt':
      return true;
    case 'BranchStmt':
      return s.tok === 'goto' || s.tok === 'fallthrough';
    case 'ExprStmt': {
      const u = unparen(s.x);
      return u.kind === 'CallExpr' && unparen(u.fun).kind === 'Ident' && (unparen(u.fun) as A.Ident).name === 'panic';
    }
    case 'LabeledStmt':
      return isTerminating(s.stmt, s.label.name);
    case 'BlockStmt':
      return isTerminatingList(s.stmts, '');
    case 'IfStmt':
      return !!s.else && isTerminatingList(s.body.stmts, '') && isTerminating(s.else, '');
    case 'SwitchStmt': case 'TypeSwitchStmt': {
      let hasDefault = false;
      for (const cc of s.body) {
        if (!cc.list) hasDefault = true;
        if (!isTerminatingList(cc.body, '') || hasBreakList(cc.body, label, true)) return false;
      }
      return hasDefault;
    }
    case 'SelectStmt':
      return s.body.every((cc) => isTerminatingList(cc.body, '') && !hasBreakList(cc.body, label, true));
    case 'ForStmt':
      return !s.cond && !hasBreak(s.body, label, true);
  }
  return false;
}

function hasBreakList(list: A.Stmt[], label: string, implicit: boolean): boolean {
  return list.some((s) => hasBreak(s, label, implicit));
}

function hasBreak(s: A.Stmt, label: string, implicit: boolean): boolean {
  switch (s.kind) {
    case 'BranchStmt':
      return s.tok === 'break' && ((!s.label && implicit) || (!!s.label && s.label.name === label));
    case 'LabeledStmt':
      return hasBreak(s.stmt, label, implicit);
    case 'BlockStmt':
      return hasBreakList(s.stmts, label, implicit);
    case 'IfStmt':
      return hasBreakList(s.body.stmts, label, implicit) || (!!s.else && hasBreak(s.else, label, implicit));
    case 'SwitchStmt': case 'TypeSwitchStmt':
      return !!label && s.body.some((cc) => hasBreakList(cc.body, label, false));
    case 'SelectStmt':
      return !!label && s.body.some((cc) => hasBreakList(cc.body, label, false));
    case 'ForStmt': case 'RangeStmt':
      return !!label && hasBreak(s.body, label, false);
  }
  return false;
}

export { UNKNOWN, constString, defaultType, multiExpr, objType };
