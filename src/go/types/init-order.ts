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
  // the variables an item depends on, directly or through the functions it calls
  const varDeps = (it: Item): Set<Item> => {
    const acc = new Set<Item>();
    const seen = new Set<Obj>();
    const stack: Obj[] = [];
    for (const v of it.lhs) for (const d of c.deps.get(v) ?? []) stack.push(d);
    while (stack.length) {
      const o = stack.pop()!;
      if (seen.has(o)) continue;
      seen.add(o);
      const dep = byVar.get(o);
      if (dep) {
        acc.add(dep);
        continue;
      }
      for (const d of c.deps.get(o) ?? []) stack.push(d);
    }
    return acc;
  };
  const done = new Set<Item>();
  const visiting = new Set<Item>();
  const out: Item[] = [];
  const visit = (it: Item): void => {
    if (done.has(it)) return;
    if (visiting.has(it)) {
      const v = it.lhs[0];
      if (v?.pos) c.error(v.pos, `initialization cycle or initialization loop: ${v.name} refers to itself`);
      return;
    }
    visiting.add(it);
    for (const dep of varDeps(it)) if (dep !== it) visit(dep);
    visiting.delete(it);
    done.add(it);
    out.push(it);
  };
  for (const it of items) visit(it);
  return out;
}
