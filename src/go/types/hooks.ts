/**
 * hooks: the checker's entry points into parts that the browser loads only for programs that need them (keys in
 * src/go/syntax/features.ts). Each part sets its hooks when its module loads: at once under Node
 * (features.eager.ts), in the browser when `prepare` detects the feature (features.lazy.ts).
 */
import type * as A from '../syntax/ast.ts';
import type { Pos } from '../syntax/token.ts';
import type { Checker, Operand } from './checker.ts';
import type { Scope } from './scope.ts';
import type { Instantiator } from './subst.ts';
import type { BuiltinName, Func, Named, Signature, Type, TypeParam } from './types.ts';

/** typesHooks are set by index-expr.ts (`go:index`), switch.ts (`go:switch`), type-switch.ts (`go:typeswitch`), builtins-rare.ts (`go:builtins`) and infer.ts (`go:generics`). */
export const typesHooks: {
  typeSwitchStmt?: (c: Checker, s: A.TypeSwitchStmt, scope: Scope) => void;
  switchStmt?: (c: Checker, s: A.SwitchStmt, scope: Scope) => void;
  rareBuiltin?: (c: Checker, e: A.CallExpr, name: BuiltinName, scope: Scope, record: (argTypes: Type[], result?: Type) => void) => Operand;
  generics?: Generics;
  indexExpr?: (c: Checker, e: A.IndexExpr, scope: Scope) => Operand;
} = {};

/** Generics is what infer.ts provides (key `go:generics`): inference, substitution, instantiation, type parameters. */
export interface Generics {
  inferAndInstantiate(c: Checker, e: A.CallExpr, sig: Signature, partial: Type[], args: Operand[]): Signature | undefined;
  instantiateFunc(c: Checker, sig: Signature, targs: Type[], e: A.Expr): Signature | undefined;
  verifyTypeArgs(c: Checker, tps: TypeParam[], targs: Type[], at: A.Expr[], pos?: Pos): boolean;
  instantiateNamed(c: Checker, orig: Named, targs: Type[]): Named;
  expandInstance(c: Checker, inst: Named): void;
  instanceMethods(n: Named, inst: Instantiator): Func[];
  declareTypeParams(c: Checker, fields: A.Field[], scope: Scope): TypeParam[];
}

/** generics returns the generics part, or reports at pos that it is not loaded (only a type parameter list creates work for it). */
export function generics(c: Checker, pos: Pos): Generics | undefined {
  const g = typesHooks.generics;
  if (!g) notLoaded(c, pos, 'generics');
  return g;
}

/** notLoaded reports, as a positioned diagnostic, a feature the page did not load (a detector bug, never a crash). */
export function notLoaded(c: Checker, pos: Pos, feature: string): void {
  c.error(pos, `the course runtime did not load ${feature} (an error of ours); reload the page`);
}
