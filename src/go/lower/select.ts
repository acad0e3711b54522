/** select: lowering a select statement (key `go:select`: loaded in the browser only for programs that have one; the runtime's select stays in chan.ts). */
import type * as A from '../syntax/ast.ts';
import { underlying } from '../types/types.ts';
import { lowerHooks } from './hooks.ts';
import { LowerError, type Lowerer } from './lower.ts';

/** selectStmt lowers a select to a call of the runtime's select and a JS switch on the chosen case. */
export function selectStmt(L: Lowerer, s: A.SelectStmt, label?: string): string {
  const lbl = label ?? `$L${L.tmpN++}`;
  L.fn.loops.push({ label, brk: lbl, isSwitch: true });
  const r = L.tmp();
  const cases: string[] = [];
  const bodies: string[] = [];
  let hasDefault = false;
  let n = 0;
  for (const cl of s.body) {
    if (!cl.comm) { hasDefault = true; bodies.push(`case -1: {\n${L.block(cl.body)}\n} break;`); continue; }
    const idx = n++;
    const comm = cl.comm;
    let pre = '';
    if (comm.kind === 'SendStmt') {
      const ct = underlying(L.typeOf(comm.chan));
      cases.push(`{c: ${L.expr(comm.chan)}, dir: "s", v: ${L.exprTo(comm.value, ct.kind === 'chan' ? ct.elem : ct)}}`);
    } else {
      let recvExpr: A.Expr;
      let lhs: A.Expr[] = [];
      let define = false;
      if (comm.kind === 'ExprStmt') recvExpr = comm.x;
      else if (comm.kind === 'AssignStmt') { recvExpr = comm.rhs[0]!; lhs = comm.lhs; define = comm.op === ':='; }
      else throw new LowerError(comm.pos, 'internal: bad select case');
      while (recvExpr.kind === 'ParenExpr') recvExpr = recvExpr.x;
      if (recvExpr.kind !== 'UnaryExpr' || recvExpr.op !== '<-') throw new LowerError(comm.pos, 'internal: select case is not a receive');
      cases.push(`{c: ${L.expr(recvExpr.x)}, dir: "r"}`);
      if (lhs[0]) pre += L.store(lhs[0], `${r}.v`, define) + ' ';
      if (lhs[1]) pre += L.store(lhs[1], `${r}.ok`, define) + ' ';
    }
    bodies.push(`case ${idx}: { ${pre}\n${L.block(cl.body)}\n} break;`);
  }
  L.fn.loops.pop();
  return `${L.pos(s)} { const ${r} = yield* $H.select($rt.world, $rt.rng, [${cases.join(', ')}], ${hasDefault});\n${lbl}: switch (${r}.i) {\n${bodies.join('\n')}\n} }`;
}

lowerHooks.selectStmt = selectStmt;
