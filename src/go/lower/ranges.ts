/**
 * ranges: intervals of counted loop variables and range keys, so the lowerer can emit plain JS arithmetic where it
 * is exact (key `go:ranges`: loaded in the browser only for programs with a three-clause for loop or a range loop;
 * without it the lowerer emits the general int64 arithmetic, which gives the same results more slowly).
 */
import type * as A from '../syntax/ast.ts';
import type { Info } from '../types/info.ts';
import type { Obj, Var } from '../types/types.ts';
import { underlying } from '../types/types.ts';
import { lowerHooks } from './hooks.ts';
import { basicName, constInt, objOf } from './quiet.ts';

/** Range is an inclusive interval [lo, hi] of exact integer values. */
export type Range = readonly [number, number];

const I32_MIN = -2147483648, I32_MAX = 2147483647;
const SAFE = Number.MAX_SAFE_INTEGER;
const SIGNED64 = new Set(['int', 'int64', 'untyped int']);

const isI32 = (r: Range): boolean => r[0] >= I32_MIN && r[1] <= I32_MAX;
const isSafe = (r: Range): boolean => r[0] >= -SAFE && r[1] <= SAFE;

/** rangeOf gives the interval of a signed 64-bit integer expression, or null when it is not known to be small. */
export function rangeOf(e: A.Expr, info: Info, known: Map<Obj, Range>): Range | null {
  const c = constInt(e, info);
  if (c !== null) return [c, c];
  if (!SIGNED64.has(basicName(info.types.get(e)?.type) ?? '')) return null;
  switch (e.kind) {
    case 'Ident': { const o = objOf(e, info); return (o && known.get(o)) ?? null; }
    case 'ParenExpr': return rangeOf(e.x, info, known);
    case 'BinaryExpr': return binaryRange(e, info, known);
  }
  return null;
}

/** binaryRange is the result interval of x op y when JS arithmetic on both ranges computes Go's exact result. */
export function binaryRange(e: A.BinaryExpr, info: Info, known: Map<Obj, Range>): Range | null {
  if (!SIGNED64.has(basicName(info.types.get(e)?.type) ?? '')) return null;
  const a = rangeOf(e.x, info, known);
  if (!a) return null;
  if (e.op === '>>') {
    const k = constInt(e.y, info);
    if (k === null || k < 0 || k > 31 || !isI32(a)) return null;
    return [a[0] >> k, a[1] >> k];
  }
  const b = rangeOf(e.y, info, known);
  if (!b) return null;
  let r: Range;
  switch (e.op) {
    case '+': r = [a[0] + b[0], a[1] + b[1]]; break;
    case '-': r = [a[0] - b[1], a[1] - b[0]]; break;
    case '*': {
      const p = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]];
      r = [Math.min(...p), Math.max(...p)];
      break;
    }
    case '&': case '|': case '^': {
      if (!isI32(a) || !isI32(b)) return null;
      if (a[0] >= 0 && b[0] >= 0) {
        const hi = Math.max(a[1], b[1]);
        const bits = hi === 0 ? 0 : 32 - Math.clz32(hi);
        r = [0, e.op === '&' ? Math.min(a[1], b[1]) : 2 ** bits - 1];
      } else r = [I32_MIN, I32_MAX];
      break;
    }
    default: return null;
  }
  return isSafe(r) ? r : null;
}

function assignsTo(node: unknown, v: Obj, info: Info): boolean {
  let found = false;
  const target = (x: A.Expr | undefined): void => {
    while (x && x.kind === 'ParenExpr') x = x.x;
    if (x && x.kind === 'Ident' && objOf(x, info) === v) found = true;
  };
  const visit = (n: any): void => {
    if (found || !n || typeof n !== 'object') return;
    if (Array.isArray(n)) { for (const x of n) visit(x); return; }
    if (n.kind === 'AssignStmt') for (const l of n.lhs) target(l);
    else if (n.kind === 'IncDecStmt') target(n.x);
    else if (n.kind === 'RangeStmt' && n.tok === '=') { target(n.key); target(n.value); }
    else if (n.kind === 'UnaryExpr' && n.op === '&') target(n.x);
    for (const k in n) if (k !== 'pos' && k !== 'end') visit(n[k]);
  };
  visit(node);
  return found;
}

/** countedLoop recognises `for i := a; i < b; i++` (or `<=`) with constant int bounds and i only changed by the post
 * statement; it returns i and the interval i stays in (including its last value, b or b+1). */
export function countedLoop(s: A.ForStmt, info: Info): { v: Var; range: Range } | null {
  const init = s.init, cond = s.cond, post = s.post;
  if (!init || !cond || !post || init.kind !== 'AssignStmt' || init.op !== ':=' || init.lhs.length !== 1 || init.rhs.length !== 1) return null;
  const id = init.lhs[0]!;
  if (id.kind !== 'Ident') return null;
  const v = info.defs.get(id);
  if (!v || v.kind !== 'var' || !SIGNED64.has(basicName(v.type) ?? '')) return null;
  const lo = constInt(init.rhs[0]!, info);
  if (lo === null || cond.kind !== 'BinaryExpr' || (cond.op !== '<' && cond.op !== '<=')) return null;
  if (cond.x.kind !== 'Ident' || objOf(cond.x, info) !== v) return null;
  const bound = constInt(cond.y, info);
  if (bound === null) return null;
  if (post.kind !== 'IncDecStmt' || post.op !== '++' || post.x.kind !== 'Ident' || objOf(post.x, info) !== v) return null;
  const hi = cond.op === '<' ? bound : bound + 1;
  const range: Range = [Math.min(lo, hi), Math.max(lo, hi)];
  if (!isI32(range) || assignsTo(s.body, v, info) || assignsTo(cond, v, info)) return null;
  return { v: v as Var, range };
}

/** rangeKey gives the interval of the key of `for k := range x` when x is a constant int (k in [0, x]) or a slice or
 * array (k below 2^32, the longest JS array), and nothing else assigns k or takes its address. */
export function rangeKey(s: A.RangeStmt, info: Info): { v: Var; range: Range } | null {
  if (s.tok !== ':=' || !s.key || s.key.kind !== 'Ident') return null;
  const v = info.defs.get(s.key);
  if (!v || v.kind !== 'var' || !SIGNED64.has(basicName(v.type) ?? '')) return null;
  let range: Range;
  const n = constInt(s.x, info);
  if (n !== null) range = [0, Math.max(n, 0)];
  else {
    let u = underlying(info.types.get(s.x)?.type ?? { kind: 'tuple', vars: [] });
    if (u.kind === 'pointer') u = underlying(u.elem);
    if (u.kind !== 'slice' && u.kind !== 'array') return null;
    range = [0, 4294967295];
  }
  if (!isSafe(range) || assignsTo(s.body, v, info)) return null;
  return { v: v as Var, range };
}

lowerHooks.ranges = { binaryRange, countedLoop, rangeKey };
