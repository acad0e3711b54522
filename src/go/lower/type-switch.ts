/** type-switch: lowering a type switch (key `go:typeswitch`: loaded in the browser only for programs that have one). */
import type * as A from '../syntax/ast.ts';
import type { Var } from '../types/types.ts';
import '../types/type-switch.ts';
import './type-assert.ts';
import { lowerHooks } from './hooks.ts';
import type { Lowerer } from './lower.ts';

/** typeSwitch lowers `switch v := x.(type)` to an index computed from the dynamic type and a JS switch on it. */
export function typeSwitch(L: Lowerer, s: A.TypeSwitchStmt, label?: string): string {
  const lbl = label ?? `$L${L.tmpN++}`;
  L.fn.loops.push({ label, brk: lbl, isSwitch: true });
  const init = s.init ? L.stmt(s.init) : '';
  const x = L.tmp(), c = L.tmp();
  const tests: string[] = [];
  let def = -1;
  s.body.forEach((cl, idx) => {
    if (!cl.list) { def = idx; return; }
    const conds = cl.list.map((te) => {
      const tv = L.info.types.get(te);
      if (te.kind === 'Ident' && te.name === 'nil' || (tv && tv.type.kind === 'basic' && tv.type.basic === 'untyped nil')) return `${x} === null`;
      const t = tv ? tv.type : L.typeOf(te);
      if (L.isIface(t)) return `$H.implements(${x}, ${L.T(t)})`;
      return `(${x} !== null && ${x}.t === ${L.T(t)})`;
    });
    tests.push(`${tests.length ? 'else ' : ''}if (${conds.join(' || ')}) ${c} = ${idx};`);
  });
  if (def >= 0) tests.push(`${tests.length ? 'else ' : ''}${c} = ${def};`);
  const cases = s.body.map((cl, idx) => {
    let bind = '';
    const v = L.info.implicits.get(cl) as Var | undefined;
    if (v && s.bind && s.bind.name !== '_') {
      let code = x;
      if (cl.list && cl.list.length === 1 && !L.isIface(v.type) && !(v.type.kind === 'basic' && v.type.basic === 'untyped nil')) code = L.isAggregate(v.type) ? `$H.clone(${L.T(v.type)}, ${x}.v)` : `${x}.v`;
      bind = L.declVar(v, code);
    }
    return `case ${idx}: { ${bind}\n${L.block(cl.body)}\n} break;`;
  });
  L.fn.loops.pop();
  return `${L.pos(s)} { ${init} const ${x} = ${L.expr(s.x)}; let ${c} = -1; ${tests.join(' ')}\n${lbl}: switch (${c}) {\n${cases.join('\n')}\n} }`;
}

lowerHooks.typeSwitch = typeSwitch;
