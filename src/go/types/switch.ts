/** switch: checking an expression switch (key `go:switch`: loaded in the browser only for programs that have one). */
import { msg } from './msg.ts';
import type * as A from '../syntax/ast.ts';
import type { Checker, Operand } from './checker.ts';
import { compareConst } from './constant.ts';
import { comparison, expr, matchTypes } from './expr.ts';
import { notLoaded, typesHooks } from './hooks.ts';
import { operandString } from './operand.ts';
import { identical } from './predicates.ts';
import type { Scope } from './scope.ts';
import { openScope, simpleStmt, stmtList } from './stmt.ts';
import { Typ, type Type } from './types.ts';

/** switchStmt checks an expression switch: the tag, case values against it, duplicate constant cases. */
export function switchStmt(c: Checker, s: A.SwitchStmt, scope: Scope): void {
  const outer = openScope(c, scope, s);
  if (s.init) simpleStmt(c, s.init, outer);
  let tag: Operand;
  if (s.tag) {
    // a tag is switch-tag.ts's (key go:switchtag)
    const h = typesHooks.switchTag;
    if (!h) notLoaded(c, s.tag.pos, 'switch tags');
    tag = h ? h(c, s.tag, outer) : { mode: 'invalid', type: Typ.invalid };
  } else {
    tag = { mode: 'constant', type: Typ.bool, value: { kind: 'bool', value: true }, expr: { kind: 'Ident', name: 'true', pos: s.pos } };
  }
  let seenDefault: A.CaseClause | undefined;
  const seen: { v: import('./constant.ts').ConstValue; t: Type; pos: A.Pos }[] = [];
  s.body.forEach((cc, i) => {
    if (!cc.list) {
      if (seenDefault) c.errorAt(cc, msg(198, seenDefault.pos.file, seenDefault.pos.line, seenDefault.pos.col));
      else seenDefault = cc;
    }
    for (const ce of cc.list ?? []) {
      let x = expr(c, ce, outer);
      if (x.mode === 'invalid' || tag.mode === 'invalid') continue;
      let t = tag;
      [x, t] = matchTypes(c, x, { ...tag });
      if (x.mode === 'invalid' || t.mode === 'invalid') continue;
      const r = comparison(c, x, t, '==', undefined, true);
      if (r.mode === 'invalid') continue;
      if (x.mode === 'constant' && x.value && x.value.kind !== 'unknown') {
        const dup = seen.find((p) => p.v.kind === x.value!.kind && compareConst(p.v, '==', x.value!) && identical(p.t, x.type));
        if (dup) {
          c.errorAt(ce, msg(199, operandString(x), dup.pos.file, dup.pos.line, dup.pos.col));
        } else seen.push({ v: x.value, t: x.type, pos: ce.pos });
      }
    }
    const inner = openScope(c, outer, cc);
    stmtList(c, cc.body, inner, { fallthroughOk: i + 1 < s.body.length });
  });
}

typesHooks.switchStmt = switchStmt;
