/**
 * hooks: the checker's entry points into parts that the browser loads only for programs that need them (keys in
 * src/go/syntax/features.ts). Each part sets its hooks when its module loads: at once under Node
 * (features.eager.ts), in the browser when `prepare` detects the feature (features.lazy.ts).
 */
import type * as A from '../syntax/ast.ts';
import type { Pos } from '../syntax/token.ts';
import type { Checker, Operand } from './checker.ts';
import type { Scope } from './scope.ts';
import type { BuiltinName, Type } from './types.ts';

/** typesHooks are set by type-switch.ts (`go:typeswitch`) and builtins-rare.ts (`go:builtins`). */
export const typesHooks: {
  typeSwitchStmt?: (c: Checker, s: A.TypeSwitchStmt, scope: Scope) => void;
  rareBuiltin?: (c: Checker, e: A.CallExpr, name: BuiltinName, scope: Scope, record: (argTypes: Type[], result?: Type) => void) => Operand;
} = {};

/** notLoaded reports, as a positioned diagnostic, a feature the page did not load (a detector bug, never a crash). */
export function notLoaded(c: Checker, pos: Pos, feature: string): void {
  c.error(pos, `the course runtime did not load ${feature} (an error of ours); reload the page`);
}
