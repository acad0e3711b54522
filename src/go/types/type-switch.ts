/** type-switch: checking a type switch (key `go:typeswitch`: loaded in the browser only for programs that have one). */
import { msg } from './msg.ts';
import type * as A from '../syntax/ast.ts';
import { exprString } from '../syntax/parser.ts';
import type { Checker } from './checker.ts';
import { expr } from './expr.ts';
import { typeAssertion } from './type-assert.ts';
import { typesHooks } from './hooks.ts';
import { operandString } from './operand.ts';
import { identical, isInterface } from './predicates.ts';
import type { Scope } from './scope.ts';
import { openScope, simpleStmt, stmtList } from './stmt.ts';
import { typExpr } from './typexpr.ts';
import { Typ, isInvalid, newVar, type Type, type Var } from './types.ts';

/** typeSwitchStmt checks `switch v := x.(type) { ... }`: case types, duplicates, the bound variable's use. */
export function typeSwitchStmt(c: Checker, s: A.TypeSwitchStmt, scope: Scope): void {
  const outer = openScope(c, scope, s);
  if (s.init) simpleStmt(c, s.init, outer);
  if (s.bind && s.bind.name === '_') {
    c.errorAt(s.bind, msg(200));
  }
  const x = expr(c, s.x, outer);
  if (x.mode === 'invalid') {
    for (const cc of s.body) {
      const inner = openScope(c, outer, cc);
      if (s.bind && s.bind.name !== '_') inner.insert(newVar(s.bind.name, Typ.invalid, c.pkg, s.bind.pos, { used: true }));
      stmtList(c, cc.body, inner, { fallthroughOk: false });
    }
    return;
  }
  if (!isInterface(x.type) || x.type.kind === 'typeparam') {
    c.errorAt(s.x, msg(201, operandString(x)));
    return;
  }
  c.info.types.set(s.guard, { mode: 'value', type: x.type });
  const bindVars: Var[] = [];
  let seenDefault = false;
  const seenTypes: { t: Type | null; pos: A.Pos }[] = [];
  for (const cc of s.body) {
    if (!cc.list) {
      if (seenDefault) c.errorAt(cc, msg(202));
      seenDefault = true;
    }
    let single: Type | undefined;
    for (const ce of cc.list ?? []) {
      let T: Type | null;
      if (ce.kind === 'Ident' && ce.name === 'nil' && scope.lookupParent('nil')?.[1].kind === 'nil') {
        T = null;
        c.info.types.set(ce, { mode: 'value', type: Typ.untypedNil });
      } else {
        T = typExpr(c, ce, outer);
        if (isInvalid(T)) continue;
        typeAssertion(c, ce, { ...x, expr: s.x }, T, true);
      }
      const dup = seenTypes.find((p) => (p.t === null && T === null) || (p.t && T && identical(p.t, T)));
      if (dup) c.errorAt(ce, msg(203, exprString(ce), dup.pos.file, dup.pos.line, dup.pos.col));
      else seenTypes.push({ t: T, pos: ce.pos });
      single = cc.list!.length === 1 && T ? T : undefined;
    }
    const inner = openScope(c, outer, cc);
    if (s.bind && s.bind.name !== '_') {
      const vt = single ?? x.type;
      const v = newVar(s.bind.name, vt, c.pkg, s.bind.pos, { used: false });
      (v as Var & { typeSwitchVar?: boolean }).typeSwitchVar = true;
      inner.insert(v);
      c.info.implicits.set(cc, v);
      bindVars.push(v);
    }
    stmtList(c, cc.body, inner, { fallthroughOk: false });
  }
  if (s.bind && s.bind.name !== '_') {
    const v0 = newVar(s.bind.name, Typ.invalid, c.pkg, s.bind.pos);
    c.info.defs.set(s.bind, null);
    void v0;
    if (!bindVars.some((v) => v.used)) c.errorAt(s.bind, msg(204, s.bind.name));
  }
}

typesHooks.typeSwitchStmt = typeSwitchStmt;
