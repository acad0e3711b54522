/**
 * hooks: the lowerer's entry points into parts that the browser loads only for programs that need them (keys in
 * src/go/syntax/features.ts). Each part sets its hook when its module loads: at once under Node
 * (features.eager.ts), in the browser when `prepare` detects the feature (features.lazy.ts).
 */
import type * as A from '../syntax/ast.ts';
import { LowerError, type Lowerer } from './lower.ts';

/** lowerHooks are set by switch.ts (`go:switch`), type-switch.ts (`go:typeswitch`), select.ts (`go:select`) and builtins-rare.ts (`go:builtins`). */
export const lowerHooks: {
  switchStmt?: (L: Lowerer, s: A.SwitchStmt, label?: string) => string;
  typeSwitch?: (L: Lowerer, s: A.TypeSwitchStmt, label?: string) => string;
  selectStmt?: (L: Lowerer, s: A.SelectStmt, label?: string) => string;
  rareBuiltin?: (L: Lowerer, call: A.CallExpr, name: string) => string;
} = {};

/** notLoaded reports a feature the page did not load as a positioned error (a detector bug, never a crash). */
export function notLoaded(_L: Lowerer, n: A.Node): never {
  throw new LowerError(n.pos, 'the course runtime did not load this feature (an error of ours); reload the page');
}
