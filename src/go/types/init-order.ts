/** initOrder computes Go's package-level variable initialisation order: declaration order, dependencies first. */
import type * as A from '../syntax/ast.ts';
import type { Checker } from './checker.ts';
import type { Obj, Var } from './types.ts';

/** initOrder returns the initialisers of package-level variables in the order Go runs them. */
export function initOrder(c: Checker, files: A.File[]): { lhs: Var[]; rhs: A.Expr }[] {
  interface Item { lhs: Var[]; rhs: A.Expr; deps: Set<Obj> }
  const items: Item[] = [];
  const byVar = new Map<Obj, Item>();
  const funcDeps = new Map<Obj, Set<Obj>>();
  const collect = (n: unknown, out: Set<Obj>): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) collect(x, out);
      return;
    }
    const node = n as { kind?: string };
    if (node.kind === 'Ident') {
      const o = c.info.uses.get(n as A.Ident);
      if (o && (o.kind === 'var' || o.kind === 'func') && o.pkg === 'main' && o.parent === c.pkgScope) out.add(o);
      return;
    }
    if (node.kind === 'SelectorExpr') {
      const sel = c.info.selections.get(n as A.SelectorExpr);
      if (sel && sel.kind !== 'field' && sel.obj.pkg === 'main') out.add(sel.obj);
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === 'pos' || k === 'end' || k === 'opPos' || k === 'rparen' || k === 'lparen' || k === 'rbrace' || k === 'colon') continue;
      collect(v, out);
    }
  };
  for (const f of files) {
    for (const d of f.decls) {
      if (d.kind === 'FuncDecl') {
        const o = c.funcObjs.get(d);
        if (o) {
          const s = new Set<Obj>();
          collect(d.body, s);
          funcDeps.set(o, s);
        }
        continue;
      }
      if (d.tok !== 'var') continue;
      for (const s of d.specs) {
        if (s.kind !== 'ValueSpec' || s.values.length === 0) continue;
        const vars = s.names.map((n) => c.info.defs.get(n)).filter((o): o is Var => !!o && o.kind === 'var');
        if (s.values.length === s.names.length) {
          s.values.forEach((v, i) => {
            const deps = new Set<Obj>();
            collect(v, deps);
            const it: Item = { lhs: vars[i] ? [vars[i]] : [], rhs: v, deps };
            items.push(it);
            if (vars[i]) byVar.set(vars[i], it);
          });
        } else {
          const deps = new Set<Obj>();
          collect(s.values[0], deps);
          const it: Item = { lhs: vars, rhs: s.values[0], deps };
          items.push(it);
          for (const v of vars) byVar.set(v, it);
        }
      }
    }
  }
  const done = new Set<Item>();
  const visiting = new Set<Item>();
  const out: { lhs: Var[]; rhs: A.Expr }[] = [];
  const varDeps = (o: Obj, seen: Set<Obj>, acc: Set<Item>): void => {
    if (seen.has(o)) return;
    seen.add(o);
    const it = byVar.get(o);
    if (it) {
      acc.add(it);
      return;
    }
    for (const d of funcDeps.get(o) ?? []) varDeps(d, seen, acc);
  };
  const visit = (it: Item): void => {
    if (done.has(it)) return;
    if (visiting.has(it)) {
      const v = it.lhs[0];
      if (v?.pos) c.error(v.pos, `initialization cycle or initialization loop: ${v.name} refers to itself`);
      return;
    }
    visiting.add(it);
    const acc = new Set<Item>();
    const seen = new Set<Obj>();
    for (const d of it.deps) varDeps(d, seen, acc);
    for (const dep of acc) if (dep !== it) visit(dep);
    visiting.delete(it);
    done.add(it);
    out.push({ lhs: it.lhs, rhs: it.rhs });
  };
  for (const it of items) visit(it);
  return out;
}
