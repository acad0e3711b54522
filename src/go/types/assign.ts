/** Assignments and initialisations: assignability with types2's messages, n:n and n:1 forms, :=, returns. */
import { msg } from './msg.ts';
import type * as A from '../syntax/ast.ts';
import { exprString, unparen } from '../syntax/parser.ts';
import { invalidOperand, type Checker, type Operand } from './checker.ts';
import { assignableReason, expr, implicitType, rawExpr, updateExprType } from './expr.ts';
import { operandString } from './operand.ts';
import { diag, type Text } from './hooks.ts';
import { defaultType, isInterface } from './predicates.ts';
import type { Scope } from './scope.ts';
import { typeString } from './names.ts';
import { Typ, isInvalid, isUntyped, newVar, underlying, type Type, type Var } from './types.ts';

/** assignment checks that x can be assigned to T in context (e.g. "argument to f"); returns x converted. */
export function assignment(c: Checker, x: Operand, T: Type | undefined, context: Text): Operand {
  if (x.mode === 'invalid') return x;
  if (x.mode === 'novalue' || x.mode === 'builtin' || x.mode === 'typexpr') {
    c.errorAt(x.expr!, msg(163, operandString(x)));
    return invalidOperand(x.expr);
  }
  if (isUntyped(x.type)) {
    let target = T;
    if (x.mode === 'nil') {
      if (!T) {
        c.errorAt(x.expr!, msg(164, context));
        return invalidOperand(x.expr);
      }
    } else if (!T || (isInterface(T) && T.kind !== 'typeparam')) {
      target = defaultType(x.type);
    }
    const r = implicitType(x, target!);
    if ('code' in r) {
      let msg = `cannot use ${operandString(x)} as ${typeString(target!)} value in ${context}`;
      if (r.code === 'truncated') msg += ' (truncated)';
      else if (r.code === 'overflows') msg += ' (overflows)';
      c.errorAt(x.expr!, msg);
      return invalidOperand(x.expr);
    }
    if (x.mode !== 'nil' || !isUntyped(r.type)) {
      updateExprType(c, x.expr, r.type);
      x = { ...x, type: r.type, value: r.value ?? x.value };
    }
  }
  if (!T) return x;
  if (isInvalid(T)) return x;
  const reason = assignableReason(c, x, T);
  if (reason) {
    if (reason !== 'no') c.errorAt(x.expr!, msg(165, operandString(x), typeString(T), context, reason));
    else c.errorAt(x.expr!, msg(166, operandString(x), typeString(T), context));
    return invalidOperand(x.expr);
  }
  if (isInterface(T) && !isInterface(x.type) && x.expr && x.mode !== 'nil') {
    c.info.conversions.set(x.expr, { from: x.type, to: T });
  }
  return x;
}

/** initVar initialises lhs from x (inferring lhs' type if not yet known). */
export function initVar(c: Checker, lhs: Var, x: Operand, context: Text): void {
  if (x.mode === 'invalid') {
    if (isInvalid(lhs.type)) lhs.type = Typ.invalid;
    return;
  }
  if (isInvalid(lhs.type) && !lhs.typeSet) {
    let t = x.type;
    if (isUntyped(t)) {
      if (x.mode === 'nil') {
        c.errorAt(x.expr!, msg(167, context));
        lhs.type = Typ.invalid;
        return;
      }
      t = defaultType(t);
    }
    lhs.type = t;
  }
  assignment(c, x, lhs.type, context);
}


/** typesSummary renders types for "have (...)" / "want (...)" lines (diag.ts; a placeholder while `go:diag` is not loaded). */
export function typesSummary(list: Type[], variadic: boolean, hasDots = false): string {
  return diag()?.typesSummary(list, variadic, hasDots) ?? '(?)';
}

/** assignError reports an assignment count mismatch at rhs[0] (diag.ts; a placeholder while `go:diag` is not loaded). */
export function assignError(c: Checker, rhs: A.Expr[], l: number, r: number): void {
  const d = diag();
  if (d) d.assignError(c, rhs, l, r);
  else c.errorAt(rhs[0], msg(168));
}

/** returnError reports a wrong number of return values (diag.ts; a placeholder while `go:diag` is not loaded). */
export function returnError(c: Checker, at: A.Node, lhs: Var[], rhs: Operand[]): void {
  const d = diag();
  if (d) d.returnError(c, at, lhs, rhs);
  else c.error(at.pos, msg(169));
}

/** multiExpr evaluates a single expression that may yield several values (a call) or a comma-ok pair. */
export function multiExpr(c: Checker, e: A.Expr, scope: Scope, allowCommaOk: boolean): Operand[] {
  const x = rawExpr(c, e, scope);
  if (x.mode === 'invalid') return [x];
  if (x.type.kind === 'tuple' && x.mode !== 'novalue') {
    return x.type.vars.map((v) => ({ mode: 'value', type: v.type, expr: e }));
  }
  if (x.mode === 'novalue' || x.mode === 'typexpr' || x.mode === 'builtin') {
    c.errorAt(e, msg(170, operandString(x)));
    return [invalidOperand(e)];
  }
  if (allowCommaOk && x.mode === 'commaok') {
    const u = unparen(e);
    const t = c.info.types.get(e);
    if (t) c.info.types.set(e, { ...t, mode: 'commaok' });
    if (u !== e) {
      const tu = c.info.types.get(u);
      if (tu) c.info.types.set(u, { ...tu, mode: 'commaok' });
    }
    return [{ ...x, mode: 'value' }, { mode: 'value', type: Typ.untypedBool, expr: e }];
  }
  if (x.mode === 'mapindex' && allowCommaOk) {
    const t = c.info.types.get(e);
    if (t) c.info.types.set(e, { ...t, mode: 'commaok' });
    return [{ ...x, mode: 'value' }, { mode: 'value', type: Typ.untypedBool, expr: e }];
  }
  return [x];
}

/** initVars checks `lhs... = rhs...` for declarations (var specs, :=) and return statements. */
export function initVars(c: Checker, lhs: Var[], rhs: A.Expr[], declType: Type | undefined, scope: Scope, spec?: A.ValueSpec, ret?: A.ReturnStmt): void {
  const context = ret ? 'return statement' : spec ? 'variable declaration' : 'assignment';
  const l = lhs.length;
  const r = rhs.length;
  const isCall = r === 1 && unparen(rhs[0]).kind === 'CallExpr';
  if (l === r && (!isCall || (spec && l === 1))) {
    lhs.forEach((v, i) => {
      const x = expr(c, rhs[i], scope, isInvalid(v.type) ? declType : v.type);
      initVar(c, v, x, context);
    });
    return;
  }
  if (r !== 1) {
    if (spec && r > l && l > 0 && declType !== undefined) {
      // `var a, b int = 1, 2, 3`: types2 reports the first extra expression
      lhs.forEach((v, i) => initVar(c, v, expr(c, rhs[i], scope, v.type), context));
      c.errorAt(rhs[l], msg(171, exprString(rhs[l])));
      for (let i = l + 1; i < r; i++) expr(c, rhs[i], scope);
      return;
    }
    if (spec && r < l && r > 0 && declType !== undefined && !isCall) {
      lhs.slice(0, r).forEach((v, i) => initVar(c, v, expr(c, rhs[i], scope, v.type), context));
      c.error(lhs[r].pos!, msg(172, lhs[r].name));
      return;
    }
    const xs = rhs.map((e) => rawExpr(c, e, scope));
    if (xs.every((x) => x.mode !== 'invalid')) {
      if (ret) returnError(c, ret, lhs, xs);
      else assignError(c, rhs, l, r);
    }
    for (const v of lhs) if (isInvalid(v.type)) v.type = Typ.invalid;
    return;
  }
  const xs = multiExpr(c, rhs[0], scope, l === 2 && !ret);
  if (xs.length === l) {
    lhs.forEach((v, i) => initVar(c, v, xs[i], ret ? 'return statement' : 'assignment'));
    return;
  }
  if (xs[0].mode !== 'invalid') {
    if (ret) returnError(c, ret, lhs, xs);
    else assignError(c, rhs, l, xs.length);
  }
}

/** lhsVar checks an assignment target (`lhs = x`) without counting it as a use; returns its type. */
export function lhsVar(c: Checker, lhs: A.Expr, scope: Scope): Type {
  const ident = unparen(lhs);
  if (ident.kind === 'Ident' && ident.name === '_') {
    c.info.defs.set(ident, null);
    return Typ.invalid;
  }
  // an identifier on the left does not count as a use
  let v: Var | undefined;
  let used = false;
  if (ident.kind === 'Ident') {
    const found = scope.lookupParent(ident.name);
    if (found && found[1].kind === 'var') {
      v = found[1];
      used = !!v.used;
    }
  }
  const x = expr(c, lhs, scope);
  if (v && v.pkg === c.pkg) v.used = used;
  if (x.mode === 'invalid') return Typ.invalid;
  if (x.mode === 'variable' || x.mode === 'mapindex') return x.type;
  if (lhs.kind === 'SelectorExpr') {
    const inner = c.info.types.get(lhs.x);
    if (inner && inner.mode === 'mapindex') {
      c.errorAt(lhs, msg(173, exprString(lhs)));
      return Typ.invalid;
    }
  }
  c.errorAt(lhs, msg(174, exprString(lhs)));
  return Typ.invalid;
}

/** assignVar assigns x to lhs. */
export function assignVar(c: Checker, lhs: A.Expr, x: Operand | undefined, rhsExpr: A.Expr | undefined, scope: Scope, context = 'assignment'): void {
  const T = lhsVar(c, lhs, scope);
  if (!x) x = expr(c, rhsExpr!, scope, isInvalid(T) ? undefined : T);
  if (x.mode === 'invalid') return;
  const u = unparen(lhs);
  if (u.kind === 'Ident' && u.name === '_') {
    assignment(c, x, undefined, `assignment`);
    return;
  }
  if (isInvalid(T)) return;
  assignment(c, x, T, context);
}

/** assignVars checks `lhs... = rhs...` (plain assignment statement). */
export function assignVars(c: Checker, lhs: A.Expr[], rhs: A.Expr[], scope: Scope): void {
  const l = lhs.length;
  const r = rhs.length;
  const isCall = r === 1 && unparen(rhs[0]).kind === 'CallExpr';
  if (l === r && !isCall) {
    lhs.forEach((e, i) => assignVar(c, e, undefined, rhs[i], scope));
    return;
  }
  if (r !== 1) {
    lhs.forEach((e) => lhsVar(c, e, scope));
    const xs = rhs.map((e) => rawExpr(c, e, scope));
    if (xs.every((x) => x.mode !== 'invalid')) assignError(c, rhs, l, r);
    return;
  }
  const xs = multiExpr(c, rhs[0], scope, l === 2);
  if (xs.length === l) {
    lhs.forEach((e, i) => assignVar(c, e, xs[i], undefined, scope));
    return;
  }
  lhs.forEach((e) => lhsVar(c, e, scope));
  if (xs[0].mode !== 'invalid') assignError(c, rhs, l, xs.length);
}

/** shortVarDecl checks `a, b := ...`: at least one new variable; existing ones are assigned. */
export function shortVarDecl(c: Checker, s: A.AssignStmt, scope: Scope): void {
  const newVars: Var[] = [];
  const lhsVars: Var[] = [];
  const seen = new Set<string>();
  let hasErr = false;
  for (const e of s.lhs) {
    if (e.kind !== 'Ident') {
      c.errorAt(e, msg(175, exprString(e)));
      expr(c, e, scope);
      hasErr = true;
      continue;
    }
    const name = e.name;
    if (name !== '_' && seen.has(name)) {
      c.errorAt(e, msg(176, name));
      hasErr = true;
      continue;
    }
    seen.add(name);
    const alt = name !== '_' ? scope.lookup(name) : undefined;
    if (alt) {
      c.info.uses.set(e, alt);
      if (alt.kind === 'var') lhsVars.push(alt);
      else {
        c.errorAt(e, msg(177, name));
        hasErr = true;
        lhsVars.push(newVar('_', Typ.invalid, c.pkg, e.pos));
      }
      continue;
    }
    const v = newVar(name, Typ.invalid, c.pkg, e.pos, { decl: s });
    newVars.push(v);
    lhsVars.push(v);
    c.info.defs.set(e, v);
  }
  if (newVars.length === 0 && !hasErr) {
    c.error(s.opPos, msg(178));
  }
  // existing variables keep their type; their "used" state is unaffected by assignment
  const usedBefore = lhsVars.map((v) => v.used);
  initVars(c, lhsVars, s.rhs, undefined, scope);
  lhsVars.forEach((v, i) => { if (!newVars.includes(v)) v.used = usedBefore[i]; });
  // declare after evaluating the right-hand side (scope starts after the statement)
  for (const v of newVars) {
    if (v.name === '_') continue;
    scope.insert(v);
  }
}

export { underlying };
