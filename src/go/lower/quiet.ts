/** quiet: which statements and expressions can neither panic, block nor call (the lowerer skips their position writes). */
import type * as A from '../syntax/ast.ts';
import type { Info } from '../types/info.ts';
import type { Obj, Type } from '../types/types.ts';
import { underlying } from '../types/types.ts';

const SAFE = Number.MAX_SAFE_INTEGER;

/** basicName is the basic kind of t's underlying type, or null. */
export function basicName(t: Type | undefined): string | null {
  if (!t) return null;
  const u = underlying(t);
  return u.kind === 'basic' ? u.basic : null;
}

/** constInt is e's constant integer value when it is a safe JS integer, or null. */
export function constInt(e: A.Expr, info: Info): number | null {
  const v = info.types.get(e)?.value;
  if (!v || v.kind !== 'int') return null;
  const n = v.value as bigint;
  return n >= -BigInt(SAFE) && n <= BigInt(SAFE) ? Number(n) : null;
}

/** objOf is the object an identifier uses or defines. */
export function objOf(id: A.Ident, info: Info): Obj | undefined { return info.uses.get(id) ?? info.defs.get(id) ?? undefined; }

const QUIET_BINARY = new Set(['+', '-', '*', '&', '|', '^', '&^', '<', '<=', '>', '>=', '==', '!=', '&&', '||']);
const NUMERIC_OR_BOOL = new Set(['int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr', 'float32', 'float64', 'bool',
  'untyped int', 'untyped rune', 'untyped float', 'untyped bool']);

function basicTyped(e: A.Expr, info: Info): boolean {
  let t = info.types.get(e)?.type;
  if (!t && e.kind === 'Ident') t = objOf(e, info)?.type;
  return NUMERIC_OR_BOOL.has(basicName(t) ?? '');
}

/** quietExpr says whether evaluating e can neither panic, block nor call: variables and arithmetic on numbers. */
export function quietExpr(e: A.Expr, info: Info): boolean {
  if (!basicTyped(e, info)) return false;
  switch (e.kind) {
    case 'BasicLit': return true;
    case 'Ident': { const o = objOf(e, info); return !!o && (o.kind === 'var' || o.kind === 'const'); }
    case 'ParenExpr': return quietExpr(e.x, info);
    case 'UnaryExpr': return (e.op === '-' || e.op === '+' || e.op === '!' || e.op === '^') && quietExpr(e.x, info);
    case 'BinaryExpr': {
      const shiftOk = (e.op === '>>' || e.op === '<<') && constInt(e.y, info) !== null && constInt(e.y, info)! >= 0;
      return (QUIET_BINARY.has(e.op) || shiftOk) && quietExpr(e.x, info) && quietExpr(e.y, info);
    }
  }
  return false;
}

/** quietStmt says whether s is an assignment or ++/-- of number variables that cannot panic, block or call, so the
 * current line need not be recorded before it. */
export function quietStmt(s: A.Stmt, info: Info): boolean {
  const quietTarget = (x: A.Expr): boolean => {
    while (x.kind === 'ParenExpr') x = x.x;
    if (x.kind !== 'Ident') return false;
    if (x.name === '_') return true;
    const o = objOf(x, info);
    return !!o && o.kind === 'var' && NUMERIC_OR_BOOL.has(basicName(o.type) ?? '');
  };
  if (s.kind === 'IncDecStmt') return quietTarget(s.x);
  if (s.kind !== 'AssignStmt') return false;
  if (!['=', ':=', '+=', '-=', '*=', '&=', '|=', '^=', '&^='].includes(s.op)) return false;
  if (s.lhs.length !== s.rhs.length) return false;
  return s.lhs.every(quietTarget) && s.rhs.every((r) => quietExpr(r, info));
}
