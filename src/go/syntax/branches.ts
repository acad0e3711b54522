/** checkBranches applies gc's label and branch rules to a function body (run when the body parsed cleanly). */
import type * as A from './ast.ts';
import type { Pos } from './token.ts';
import { syntaxHooks } from './hooks.ts';

interface Label { block: Block; stmt: A.LabeledStmt; used: boolean }
interface Block { parent?: Block; lstmt?: A.LabeledStmt }
interface Targets { breaks?: A.Stmt; continues?: A.Stmt; caseIndex: number; caseCount: number; typeSwitch: boolean }

/** checkBranches reports misplaced break/continue/fallthrough and undefined or unused labels. */
export function checkBranches(body: A.BlockStmt, err: (pos: Pos, msg: string) => void): void {
  const labels = new Map<string, Label>();
  const gotos: A.BranchStmt[] = [];

  const enclosing = (b: Block | undefined, name: string): A.LabeledStmt | null | undefined => {
    const l = labels.get(name);
    if (!l) return undefined;
    l.used = true;
    for (; b; b = b.parent) if (b.lstmt === l.stmt) return l.stmt;
    return null; // defined, but not an enclosing labelled statement
  };

  const walk = (parent: Block | undefined, ctxt: Targets, lstmt: A.LabeledStmt | undefined, list: A.Stmt[]): void => {
    const b: Block = { parent, lstmt };
    let n = list.length;
    while (n > 0 && list[n - 1].kind === 'EmptyStmt') n--;
    for (let i = 0; i < n; i++) {
      let s = list[i];
      let ls: A.LabeledStmt | undefined;
      while (s.kind === 'LabeledStmt') {
        const name = s.label.name;
        if (name !== '_') {
          const alt = labels.get(name);
          if (alt) {
            const p = alt.stmt.label.pos;
            err(s.label.pos, `label ${name} already defined at ${p.file}:${p.line}:${p.col}`);
          } else {
            labels.set(name, { block: b, stmt: s, used: false });
          }
          ls = s;
        }
        s = s.stmt;
      }
      const inner = (t: Targets, stmts: A.Stmt[]): void => walk(b, t, ls, stmts);
      const plain: Targets = { ...ctxt, caseIndex: -1 };
      switch (s.kind) {
        case 'BranchStmt':
          if (!s.label) {
            if (s.tok === 'break') {
              if (!ctxt.breaks) err(s.pos, 'break is not in a loop, switch, or select');
            } else if (s.tok === 'continue') {
              if (!ctxt.continues) err(s.pos, 'continue is not in a loop');
            } else if (s.tok === 'fallthrough') {
              let msg: string | undefined = 'fallthrough statement out of place';
              if (ctxt.breaks && (ctxt.breaks.kind === 'SwitchStmt' || ctxt.breaks.kind === 'TypeSwitchStmt')) {
                if (ctxt.typeSwitch) msg = 'cannot fallthrough in type switch';
                else if (ctxt.caseIndex < 0 || i + 1 < n) { /* nested or not last: out of place */ }
                else if (ctxt.caseIndex + 1 === ctxt.caseCount) msg = 'cannot fallthrough final case in switch';
                else msg = undefined;
              }
              if (msg) err(s.pos, msg);
            }
            break;
          }
          if (s.tok === 'break') {
            const t = enclosing(b, s.label.name);
            if (t === undefined) err(s.label.pos, `break label not defined: ${s.label.name}`);
            else if (t === null || !['SwitchStmt', 'TypeSwitchStmt', 'SelectStmt', 'ForStmt', 'RangeStmt'].includes(t.stmt.kind)) {
              err(s.label.pos, `invalid break label ${s.label.name}`);
            }
          } else if (s.tok === 'continue') {
            const t = enclosing(b, s.label.name);
            if (t === undefined) err(s.label.pos, `continue label not defined: ${s.label.name}`);
            else if (t === null || !['ForStmt', 'RangeStmt'].includes(t.stmt.kind)) {
              err(s.label.pos, `invalid continue label ${s.label.name}`);
            }
          } else if (s.tok === 'goto') {
            gotos.push(s);
          }
          break;
        case 'BlockStmt':
          inner(plain, s.stmts);
          break;
        case 'IfStmt':
          inner(plain, s.body.stmts);
          if (s.else) inner(plain, [s.else]);
          break;
        case 'ForStmt': case 'RangeStmt':
          inner({ breaks: s, continues: s, caseIndex: -1, caseCount: 0, typeSwitch: false }, s.body.stmts);
          break;
        case 'SwitchStmt': case 'TypeSwitchStmt':
          s.body.forEach((cc, k) => inner({
            breaks: s, continues: ctxt.continues, caseIndex: k, caseCount: s.body.length,
            typeSwitch: s.kind === 'TypeSwitchStmt',
          }, cc.body));
          break;
        case 'SelectStmt':
          for (const cc of s.body) inner({ breaks: s, continues: ctxt.continues, caseIndex: -1, caseCount: 0, typeSwitch: false }, cc.body);
          break;
      }
    }
  };
  walk(undefined, { caseIndex: -1, caseCount: 0, typeSwitch: false }, undefined, body.stmts);
  // goto is not supported by the course runtime (the checker says so); only resolve its label here
  for (const g of gotos) {
    const l = labels.get(g.label!.name);
    if (l) l.used = true;
    else err(g.label!.pos, `label ${g.label!.name} not defined`);
  }
  for (const l of labels.values()) {
    if (!l.used) err(l.stmt.label.pos, `label ${l.stmt.label.name} defined and not used`);
  }
}

syntaxHooks.checkBranches = checkBranches;
