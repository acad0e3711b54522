/** blocking: which functions can never block, so they compile to plain JS functions (like GopherJS's analysis). */
import type * as A from '../syntax/ast.ts';
import type { Info } from '../types/info.ts';
import type { Func } from '../types/types.ts';
import { underlying } from '../types/types.ts';

/** nonBlocking returns the user functions and methods that provably never park a goroutine. */
export function nonBlocking(files: A.File[], info: Info, stdIsGenerator: (pkg: string, name: string) => boolean): Set<Func> {
  const decls = new Map<Func, A.FuncDecl>();
  for (const f of files) for (const d of f.decls) {
    if (d.kind !== 'FuncDecl' || !d.body || (d.type.typeParams && d.type.typeParams.length)) continue;
    const o = info.defs.get(d.name) as Func | undefined;
    if (o && o.kind === 'func') decls.set(o, d);
  }
  const direct = new Set<Func>();
  const edges = new Map<Func, Set<Func>>();
  for (const [o, d] of decls) {
    const out = new Set<Func>();
    edges.set(o, out);
    if (blocksDirectly(d.body!, info, decls, out, stdIsGenerator)) direct.add(o);
  }
  // fixpoint: a function blocks when it calls one that blocks
  const blocking = new Set<Func>(direct);
  let changed = true;
  while (changed) {
    changed = false;
    for (const [o, out] of edges) {
      if (blocking.has(o)) continue;
      for (const c of out) if (blocking.has(c) || !decls.has(c)) { blocking.add(o); changed = true; break; }
    }
  }
  const plain = new Set<Func>();
  for (const o of decls.keys()) if (!blocking.has(o)) plain.add(o);
  return plain;
}

function blocksDirectly(body: A.BlockStmt, info: Info, decls: Map<Func, A.FuncDecl>, out: Set<Func>, stdGen: (p: string, n: string) => boolean): boolean {
  let blocks = false;
  const visit = (n: any): void => {
    if (blocks || !n || typeof n !== 'object') return;
    if (Array.isArray(n)) { for (const x of n) visit(x); return; }
    switch (n.kind) {
      case 'FuncLit': return;
      case 'SendStmt': case 'SelectStmt': case 'DeferStmt': blocks = true; return;
      case 'UnaryExpr': if (n.op === '<-') { blocks = true; return; } break;
      case 'RangeStmt': {
        const t = info.types.get(n.x)?.type;
        if (!t || underlying(t).kind === 'chan') { blocks = true; return; }
        break;
      }
      case 'GoStmt': {
        // the call itself is not made here: only its arguments are evaluated
        const c = n.call;
        if (c.kind === 'CallExpr') { visit(c.args); if (c.fun.kind === 'SelectorExpr') visit(c.fun.x); }
        return;
      }
      case 'CallExpr': if (callBlocks(n, info, decls, out, stdGen)) { blocks = true; return; } break;
    }
    for (const k in n) if (k !== 'pos' && k !== 'end' && k !== 'opPos' && k !== 'rbrace' && k !== 'rparen' && k !== 'colon') visit(n[k]);
  };
  visit(body.stmts);
  return blocks;
}

function callBlocks(c: A.CallExpr, info: Info, decls: Map<Func, A.FuncDecl>, out: Set<Func>, stdGen: (p: string, n: string) => boolean): boolean {
  const bi = info.builtins.get(c);
  // recover needs a real frame (its depth decides whether it stops a panic)
  if (bi) return bi.name === 'recover';
  let fun = c.fun;
  while (fun.kind === 'ParenExpr') fun = fun.x;
  const tv = info.types.get(fun);
  if (tv && (tv.mode === 'typexpr' || tv.mode === 'builtin')) return false;
  if (fun.kind === 'IndexExpr' || fun.kind === 'ArrayType' || fun.kind === 'FuncType' || fun.kind === 'ChanType' || fun.kind === 'MapType' || fun.kind === 'StarExpr' && tv?.mode === 'typexpr') return true;
  if (fun.kind === 'Ident') {
    const o = info.uses.get(fun);
    if (o && o.kind === 'builtin') return false;
    if (o && o.kind === 'typename') return false;
    if (o && o.kind === 'func' && decls.has(o)) { out.add(o); return false; }
    return true;
  }
  if (fun.kind === 'SelectorExpr') {
    const sel = info.selections.get(fun);
    if (!sel) {
      const o = info.uses.get(fun.sel);
      if (o && o.kind === 'func') return stdGen(o.pkg, o.name);
      if (o && o.kind === 'typename') return false;
      return true;
    }
    if (sel.kind === 'method') {
      const f = sel.obj as Func;
      if (decls.has(f)) {
        // through an interface the dynamic method is unknown
        const recvT = info.types.get(fun.x)?.type;
        if (recvT && underlying(recvT).kind === 'interface' && sel.index.length === 1) return true;
        out.add(f);
        return false;
      }
      return true;
    }
    return true;
  }
  return true;
}
