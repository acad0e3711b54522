/**
 * hooks: the checker's entry points into parts that the browser loads only for programs that need them (keys in
 * src/go/syntax/features.ts). Each part sets its hooks when its module loads: at once under Node
 * (features.eager.ts), in the browser when `prepare` detects the feature (features.lazy.ts).
 */
import type * as A from '../syntax/ast.ts';
import { needLate } from '../syntax/late-keys.ts';
import type { Pos } from '../syntax/token.ts';
import type { Checker, Operand } from './checker.ts';
import type { ConstValue } from './constant.ts';
import type { Scope } from './scope.ts';
import type { Instantiator } from './subst.ts';
import type { BuiltinName, Func, Interface, Named, Obj, Signature, Type, TypeParam, Var } from './types.ts';

/** Text is a message part that is printed only when a message uses it (e.g. a callee's name: printing needs `go:diag`). */
export type Text = string | { toString(): string };

/** typesHooks are set by index-expr.ts (`go:index`), type-assert.ts (`go:assert`), switch.ts (`go:switch`), switch-tag.ts (`go:switchtag`), type-switch.ts (`go:typeswitch`), builtins-rare.ts (`go:builtins`), infer.ts (`go:generics`), generic-types.ts (`go:generictypes`), constraints.ts (`go:constraints`) and diag.ts (`go:diag`). */
export const typesHooks: {
  typeSwitchStmt?: (c: Checker, s: A.TypeSwitchStmt, scope: Scope) => void;
  switchStmt?: (c: Checker, s: A.SwitchStmt, scope: Scope) => void;
  switchTag?: (c: Checker, e: A.Expr, scope: Scope) => Operand;
  rareBuiltin?: (c: Checker, e: A.CallExpr, name: BuiltinName, scope: Scope, record: (argTypes: Type[], result?: Type) => void) => Operand;
  generics?: Generics;
  genericTypes?: GenericTypes;
  constraints?: Constraints;
  indexExpr?: (c: Checker, e: A.IndexExpr, scope: Scope) => Operand;
  typeAssertExpr?: (c: Checker, e: A.TypeAssertExpr, scope: Scope) => Operand;
  diag?: Diag;
  typeString?: (t: Type) => string;
} = {};

/** Generics is what infer.ts provides (key `go:generics`): inference, substitution, instantiation of functions, type parameters. */
export interface Generics {
  inferAndInstantiate(c: Checker, e: A.CallExpr, sig: Signature, partial: Type[], args: Operand[]): Signature | undefined;
  instantiateFunc(c: Checker, sig: Signature, targs: Type[], e: A.Expr): Signature | undefined;
  verifyTypeArgs(c: Checker, tps: TypeParam[], targs: Type[], at: A.Expr[], pos?: Pos): boolean;
  /** instantiateNamed is generic-types.ts's, or reports that it is not loaded (only a generic type declaration has instances). */
  instantiateNamed(c: Checker, orig: Named, targs: Type[]): Named;
  declareTypeParams(c: Checker, fields: A.Field[], scope: Scope): TypeParam[];
}

/** GenericTypes is what generic-types.ts provides (key `go:generictypes`): instances of generic named types. */
export interface GenericTypes {
  instantiateNamed(c: Checker, orig: Named, targs: Type[]): Named;
  expandInstance(c: Checker, inst: Named): void;
  instanceMethods(n: Named, inst: Instantiator): Func[];
  /** instance checks G[T, …] in a type once G is known to be generic. */
  instance(c: Checker, e: A.IndexExpr, g: Named, scope: Scope): Type;
}

/** Constraints is what constraints.ts provides (key `go:constraints`): constraints with type sets or methods. */
export interface Constraints {
  inferFromConstraints(tps: TypeParam[], m: Map<number, Type>): void;
  satisfies(c: Checker, T: Type, C: Type, cu: Interface): string | undefined;
  inferredMethods(c: Checker, e: A.CallExpr, name: Text, tps: TypeParam[], targs: Type[], fromUntyped: Set<number>): boolean;
}

/** Diag is what diag.ts provides (key `go:diag`): message builders only programs with errors need. */
export interface Diag {
  operandString(x: Operand): string;
  typesSummary(list: Type[], variadic: boolean, hasDots: boolean): string;
  assignError(c: Checker, rhs: A.Expr[], l: number, r: number): void;
  returnError(c: Checker, at: A.Node, lhs: Var[], rhs: Operand[]): void;
  constString(v: ConstValue): string;
  funcString(f: Func): string;
  findFoldMember(T: Type, name: string, inst: Instantiator): { what: 'field' | 'method'; name: string } | undefined;
  typesList(xs: Operand[]): string;
  kindString(t: Type): string;
  incomparableCause(t: Type): string;
  reportCycle(c: Checker, cycle: Obj[]): void;
  /** messages are the checker's error texts by number (src/go/types/messages.ts, called through msg.ts). */
  messages: ((a: any[]) => string)[];
}

/** diag returns the message builders, or records `go:diag` as needed late (the caller then reports a placeholder, never shown: src/go/syntax/late-keys.ts). */
export function diag(): Diag | undefined {
  const d = typesHooks.diag;
  if (!d) needLate('go:diag');
  return d;
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
