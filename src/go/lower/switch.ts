/** switch: lowering an expression switch (key `go:switch`: loaded in the browser only for programs that have one). */
import type * as A from '../syntax/ast.ts';
import '../types/switch.ts';
import { lowerHooks, notLoaded } from './hooks.ts';
import type { Lowerer } from './lower.ts';

/** switchStmt lowers an expression switch to a case index computed by if/else tests and a JS switch on it. */
export function switchStmt(L: Lowerer, s: A.SwitchStmt, label?: string): string {
  const lbl = label ?? `$L${L.tmpN++}`;
  L.fn.loops.push({ label, brk: lbl, isSwitch: true });
  const init = s.init ? L.stmt(s.init) : '';
  const tag = L.tmp(), c = L.tmp();
  const tagT = s.tag ? L.typeOf(s.tag) : null;
  const tests: string[] = [];
  let def = -1;
  s.body.forEach((cl, idx) => {
    if (!cl.list) { def = idx; return; }
    const conds = cl.list.map((e) => {
      if (!s.tag) return `(${L.expr(e)})`;
      return (lowerHooks.switchEq ?? notLoaded(L, e))(L, tag, tagT!, e);
    });
    tests.push(`${tests.length ? 'else ' : ''}if (${conds.join(' || ')}) ${c} = ${idx};`);
  });
  if (def >= 0) tests.push(`${tests.length ? 'else ' : ''}${c} = ${def};`);
  const cases = s.body.map((cl, idx) => {
    const last = cl.body[cl.body.length - 1];
    const ft = last && last.kind === 'BranchStmt' && last.tok === 'fallthrough';
    return `case ${idx}: {\n${L.block(cl.body)}\n}${ft ? '' : ' break;'}`;
  });
  L.fn.loops.pop();
  const tagDecl = s.tag ? `const ${tag} = ${L.expr(s.tag)};` : '';
  return `${L.pos(s)} { ${init} ${tagDecl} let ${c} = -1; ${tests.join(' ')}\n${lbl}: switch (${c}) {\n${cases.join('\n')}\n} }`;
}

lowerHooks.switchStmt = switchStmt;
