/** initOrder computes Go's package-level variable initialisation order: declaration order, dependencies first. */
import type * as A from '../syntax/ast.ts';
import type { Checker } from './checker.ts';
import type { Obj, Var } from './types.ts';

/** initOrder returns the initialisers of package-level variables in the order Go runs them. */
export function initOrder(c: Checker, files: A.File[]): { lhs: Var[]; rhs: A.Expr }[] {
  interface Item { lhs: Var[]; rhs: A.Expr }
  const items: Item[] = [];
  const byVar = new Map<Obj, Item>();
  for (const f of files) {
    for (const d of f.decls) {
      if (d.kind !== 'GenDecl' || d.tok !== 'var') continue;
      for (const s of d.specs) {
        if (s.kind !== 'ValueSpec' || s.values.length === 0) continue;
        const vars = s.names.map((n) => c.info.defs.get(n)).filter((o): o is Var => !!o && o.kind === 'var');
        if (s.values.length === s.names.length) {
          s.values.forEach((v, i) => {
            const it: Item = { lhs: vars[i] ? [vars[i]] : [], rhs: v };
            items.push(it);
            if (vars[i]) byVar.set(vars[i], it);
          });
        } else {
          const it: Item = { lhs: vars, rhs: s.values[0] };
          items.push(it);
          for (const v of vars) byVar.set(v, it);
        }
      }
    }
  }
  // depth-first over package-level vars and funcs; a back edge closes a cycle, an error if it has a var
  const state = new Map<Obj, 'gray' | 'black'>();
  const stack: Obj[] = [];
  const emitted = new Set<Item>();
  const out: Item[] = [];
  const reported = (o: Obj): boolean => !!(o as { cycleReported?: boolean }).cycleReported;
  const visit = (o: Obj): void => {
    const st = state.get(o);
    if (st === 'black') return;
    if (st === 'gray') {
      const cycle = stack.slice(stack.indexOf(o));
      if (cycle.some((x) => x.kind === 'var') && !cycle.some(reported)) {
        for (const x of cycle) (x as { cycleReported?: boolean }).cycleReported = true;
        // report from the first variable of the cycle
        const k = cycle.findIndex((x) => x.kind === 'var');
        c.reportCycle([...cycle.slice(k), ...cycle.slice(0, k)]);
      }
      return;
    }
    state.set(o, 'gray');
    stack.push(o);
    for (const d of c.deps.get(o) ?? []) visit(d);
    stack.pop();
    state.set(o, 'black');
    const it = byVar.get(o);
    if (it && !emitted.has(it)) {
      emitted.add(it);
      out.push(it);
    }
  };
  for (const it of items) for (const v of it.lhs.length ? it.lhs : []) visit(v);
  for (const it of items) if (!emitted.has(it)) out.push(it);
  return out;
}
