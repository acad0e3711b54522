/** index: lowering index expressions, reads and stores (key `go:index`: loaded in the browser only for programs that index). */
import type * as A from '../syntax/ast.ts';
import { underlying, type Type } from '../types/types.ts';
import '../types/index-expr.ts';
import { lowerHooks } from './hooks.ts';
import { LowerError, type Lowerer } from './lower.ts';

/** index lowers a read x[i] (or the value of an explicit generic instantiation f[T]). */
export function index(L: Lowerer, e: A.IndexExpr): string {
  const inst = e.x.kind === 'Ident' ? L.info.instances.get(e.x) : undefined;
  if (inst) return L.expr(e.x);
  const xt0 = L.typeOf(e.x);
  const xu = underlying(xt0);
  let x = L.expr(e.x);
  let xt = xt0;
  if (xu.kind === 'pointer') { x = `(${x} ?? $rt.nilp())`; xt = xu.elem; }
  return indexGet(L, xt, x, L.idx(xt, e.indices[0]!), e);
}

/** indexGet reads element i of x (a map, slice, array or string). */
export function indexGet(L: Lowerer, xt: Type, x: string, i: string, e: A.IndexExpr): string {
  const u = underlying(xt);
  const ie = e.indices[0]!;
  if (u.kind === 'map') return `$H.mget(${x}, ${i}, ${L.zeroFn(u.elem)})`;
  if (u.kind === 'slice') return `$H.sget(${x}, ${L.num(i, ie)})`;
  if (u.kind === 'array') return `$H.aget(${x}, ${L.num(i, ie)})`;
  if (u.kind === 'basic') return `$H.strIndex(${x}, ${L.num(i, ie)})`;
  throw new LowerError(e.pos, 'not supported in this course runtime: index of this type');
}

/** storeIndex stores v at index i of x (a map, array or slice). */
export function storeIndex(L: Lowerer, xt: Type, x: string, i: string, v: string, l: A.IndexExpr): string {
  const u = underlying(xt);
  if (u.kind === 'map') return `$H.mset(${x}, ${i}, ${v})`;
  if (u.kind === 'array') return `$H.aset(${x}, ${L.num(i, l.indices[0]!)}, ${v})`;
  if (u.kind === 'slice') return `$H.sset(${x}, ${L.num(i, l.indices[0]!)}, ${v})`;
  throw new LowerError(l.pos, 'not supported in this course runtime: index assignment');
}

lowerHooks.indexing = { index, indexGet, storeIndex };
