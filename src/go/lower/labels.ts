/** labels: lowering labelled statements and break/continue/goto/fallthrough, with gc's branch rules (key `go:labels`). */
import type * as A from '../syntax/ast.ts';
import '../syntax/branches.ts';
import { lowerHooks } from './hooks.ts';
import { LowerError, type Lowerer } from './lower.ts';

/** labeled lowers `L: stmt` (a loop, switch or select takes the label itself; other statements become a JS labelled block). */
export function labeled(L: Lowerer, s: A.LabeledStmt): string {
  const l = 'L_' + s.label.name;
  const inner = s.stmt;
  if (inner.kind === 'ForStmt' || inner.kind === 'RangeStmt' || inner.kind === 'SwitchStmt' || inner.kind === 'TypeSwitchStmt' || inner.kind === 'SelectStmt') return L.stmt(inner, l);
  return `${l}: {\n${L.stmt(inner)}\n}`;
}

/** branch lowers break, continue and fallthrough (goto is outside the course subset). */
export function branch(L: Lowerer, s: A.BranchStmt): string {
  if (s.tok === 'goto') throw new LowerError(s.pos, 'not supported in this course runtime: goto');
  if (s.tok === 'fallthrough') return '/* fallthrough */';
  const label = s.label ? 'L_' + s.label.name : undefined;
  if (s.tok === 'break') {
    if (label) return `break ${label};`;
    return 'break;';
  }
  // continue: find the target loop
  const loops = L.fn.loops;
  for (let i = loops.length - 1; i >= 0; i--) {
    const l = loops[i]!;
    if (l.isSwitch) continue;
    if (!label || l.label === label) return l.cont ? `break ${l.cont};` : label ? `continue ${label};` : 'continue;';
  }
  return label ? `continue ${label};` : 'continue;';
}

lowerHooks.labeled = labeled;
lowerHooks.branch = branch;
