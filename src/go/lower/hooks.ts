/**
 * hooks: the lowerer's entry points into parts that the browser loads only for programs that need them (keys in
 * src/go/syntax/features.ts). Each part sets its hook when its module loads: at once under Node
 * (features.eager.ts), in the browser when `prepare` detects the feature (features.lazy.ts).
 */
import type * as A from '../syntax/ast.ts';
import type { Info } from '../types/info.ts';
import type { Named, Obj, Type, Var } from '../types/types.ts';
import type { TypeTable } from './types.ts';
import { LowerError, type Lowerer } from './lower.ts';
import type { Range } from './ranges.ts';

/** lowerHooks are set by labels.ts (`go:labels`), generic-types.ts (`go:generictypes`), index.ts (`go:index`), type-assert.ts (`go:assert`), assign-op.ts (`go:assignop`), switch.ts (`go:switch`), switch-tag.ts (`go:switchtag`), type-switch.ts (`go:typeswitch`), select.ts (`go:select`) and builtins-rare.ts (`go:builtins`) and ranges.ts (`go:ranges`). */
export const lowerHooks: {
  switchStmt?: (L: Lowerer, s: A.SwitchStmt, label?: string) => string;
  switchEq?: (L: Lowerer, tagCode: string, tagT: Type, e: A.Expr) => string;
  typeSwitch?: (L: Lowerer, s: A.TypeSwitchStmt, label?: string) => string;
  selectStmt?: (L: Lowerer, s: A.SelectStmt, label?: string) => string;
  rareBuiltin?: (L: Lowerer, call: A.CallExpr, name: string) => string;
  labeled?: (L: Lowerer, s: A.LabeledStmt) => string;
  branch?: (L: Lowerer, s: A.BranchStmt) => string;
  assignOp?: (L: Lowerer, l: A.Expr, op: string, r: A.Expr | null, t: Type, one?: A.BasicLit) => string;
  genericTypes?: {
    inline: (T: TypeTable, t: Named) => string;
    named: (T: TypeTable, t: Named) => string;
    method: (L: Lowerer, d: A.FuncDecl, base: Named, ptr: boolean, jsName: string, goName: string) => string;
  };
  typeAssert?: {
    expr: (L: Lowerer, e: A.TypeAssertExpr) => string;
    commaOk: (L: Lowerer, e: A.TypeAssertExpr) => string;
  };
  indexing?: {
    index: (L: Lowerer, e: A.IndexExpr) => string;
    indexGet: (L: Lowerer, xt: Type, x: string, i: string, e: A.IndexExpr) => string;
    storeIndex: (L: Lowerer, xt: Type, x: string, i: string, v: string, l: A.IndexExpr) => string;
  };
  /** ranges is optional: without it loops are lowered with the general (slower, equally exact) arithmetic. */
  ranges?: {
    binaryRange: (e: A.BinaryExpr, info: Info, known: Map<Obj, Range>) => Range | null;
    countedLoop: (s: A.ForStmt, info: Info) => { v: Var; range: Range } | null;
    rangeKey: (s: A.RangeStmt, info: Info) => { v: Var; range: Range } | null;
  };
} = {};

/** notLoaded reports a feature the page did not load as a positioned error (a detector bug, never a crash). */
export function notLoaded(_L: Lowerer, n: A.Node): never {
  throw new LowerError(n.pos, 'the course runtime did not load this feature (an error of ours); reload the page');
}

/** genericTypes returns the lowering of generic types' instances and methods (`go:generictypes`), or reports at the type's declaration that it is not loaded. */
export function genericTypes(t: Named): NonNullable<typeof lowerHooks.genericTypes> {
  const g = lowerHooks.genericTypes;
  if (!g) throw new LowerError(t.obj.pos!, 'the course runtime did not load this feature (an error of ours); reload the page');
  return g;
}
