/** Grammar helpers for the parser: unparenthesising, type-parameter splitting and value/type classification. */
import type * as A from './ast.ts';
import type { Pos } from './token.ts';


/** fieldFromElem turns an interface element into a parameter while parsing type parameter lists. */
export function fieldFromElem(e: A.InterfaceElem): PField {
  return { pos: e.pos, type: e.type };
}

/** unparen strips parentheses. */
export function unparen(x: A.Expr): A.Expr {
  while (x.kind === 'ParenExpr') x = x.x;
  return x;
}

/** startPos is where an expression starts. */
export function startPos(x: A.Expr): Pos {
  return x.pos;
}

/** isTypeElem reports whether x must be a type element (not a value). */
export function isTypeElem(x: A.Expr): boolean {
  switch (x.kind) {
    case 'ArrayType': case 'StructType': case 'FuncType': case 'InterfaceType': case 'SliceType': case 'MapType':
    case 'ChanType':
      return true;
    case 'BinaryExpr':
      return isTypeElem(x.x) || isTypeElem(x.y);
    case 'UnaryExpr':
      return x.op === '~' || isTypeElem(x.x);
    case 'StarExpr':
      return isTypeElem(x.x);
    case 'ParenExpr':
      return isTypeElem(x.x);
  }
  return false;
}

/** extractName splits `P C` parsed as an expression (e.g. `P *C`, `P ~int|string`) into name and type. */
export function extractName(x: A.Expr, force: boolean): [A.Ident | undefined, A.Expr | undefined] {
  if (x.kind === 'Ident') return [x, undefined];
  if (x.kind === 'BinaryExpr') {
    if (x.op === '*' && x.x.kind === 'Ident' && (force || isTypeElem(x.y))) {
      return [x.x, { kind: 'StarExpr', x: x.y, pos: x.opPos, end: x.y.end }];
    }
    if (x.op === '|') {
      const [name, lhs] = extractName(x.x, force || isTypeElem(x.y));
      if (name && lhs) return [name, { ...x, x: lhs, pos: lhs.pos }];
    }
  }
  if (x.kind === 'CallExpr' && x.fun.kind === 'Ident' && x.args.length === 1 && !x.hasDots && (force || isTypeElem(x.args[0]))) {
    return [x.fun, x.args[0]];
  }
  return [undefined, x];
}

/** isValue reports whether x must be a value (not a type). */
export function isValue(x: A.Expr): boolean {
  switch (x.kind) {
    case 'BasicLit': case 'CompositeLit': case 'FuncLit': case 'SliceExpr': case 'TypeAssertExpr': case 'CallExpr':
      return true;
    case 'UnaryExpr': case 'BinaryExpr':
      return true;
    case 'ParenExpr':
      return isValue(x.x);
    case 'IndexExpr':
      return isValue(x.x) || x.indices.some(isValue);
  }
  return false;
}

/** PField is a parameter while parsing: a name and/or a type. */
export interface PField { pos: Pos; name?: A.Ident; type?: A.Expr }
