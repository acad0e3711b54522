/**
 * Info is what the checker records for the lowering (go-back), modelled on go/types.Info.
 * All maps are keyed by AST node identity.
 */
import type { Expr, Ident, Node, SelectorExpr, CallExpr } from '../syntax/ast.ts';
import type { ConstValue } from './constant.ts';
import type { Scope } from './scope.ts';
import type { Func, Obj, Type, Var } from './types.ts';

/** OperandMode says what kind of thing an expression denotes. */
export type OperandMode =
  | 'novalue' // a call of a function without results
  | 'builtin' // a builtin function name (only in call position)
  | 'typexpr' // a type
  | 'constant' // a constant (value set)
  | 'variable' // addressable
  | 'mapindex' // m[k]: assignable, not addressable
  | 'value' // any other value
  | 'commaok'; // a value that may be used in a comma-ok assignment (map index, assertion, receive)

/** TypeAndValue is the type of an expression, its mode and its constant value if any. */
export interface TypeAndValue {
  mode: OperandMode;
  type: Type;
  value?: ConstValue;
}

/** Selection describes `x.f`: a field, a method (value) or a method expression `T.m`. */
export interface Selection {
  kind: 'field' | 'method' | 'methodExpr';
  /** recv is the type of x (for methodExpr, the type T). */
  recv: Type;
  obj: Var | Func;
  /** index is the path through embedded fields: the last entry is the field/method index, the rest embedded field indices. */
  index: number[];
  /** indirect is true when a pointer was dereferenced along the path (including the receiver x itself). */
  indirect: boolean;
  /** addr is true when the call needs `&x` implicitly (pointer-receiver method on an addressable value). */
  addr: boolean;
  /** deref is true when the call needs `*x` implicitly (value-receiver method through a pointer). */
  deref: boolean;
}

/** Instance records a generic function or type instantiation at an identifier. */
export interface Instance {
  typeArgs: Type[];
  type: Type;
}

/** Conversion records an implicit conversion the lowering must insert (e.g. concrete value → interface). */
export interface Conversion {
  from: Type;
  to: Type;
}

/** BuiltinCall records which builtin a call invokes and its resolved signature types. */
export interface BuiltinCall {
  name: string;
  /** argTypes are the (defaulted) argument types; result the result type (if any). */
  argTypes: Type[];
  result?: Type;
}

/** Info holds the checker's results. */
export interface Info {
  types: Map<Expr, TypeAndValue>;
  defs: Map<Ident, Obj | null>;
  uses: Map<Ident, Obj>;
  selections: Map<SelectorExpr, Selection>;
  /** implicits: ImportSpec without name → PkgName; CaseClause of a type switch → its Var; */
  implicits: Map<Node, Obj>;
  instances: Map<Ident, Instance>;
  /** conversions: an expression whose value must be converted to another type where it is used. */
  conversions: Map<Expr, Conversion>;
  /** builtins: calls of builtin functions. */
  builtins: Map<CallExpr, BuiltinCall>;
  scopes: Map<Node, Scope>;
  /** methods of package-level named types, and all package-level objects of the program, by name. */
  pkgScope?: Scope;
  /** initOrder lists package-level variables in Go's initialization order (by dependency). */
  initOrder: { lhs: Var[]; rhs: Expr }[];
}

/** newInfo returns an empty Info. */
export function newInfo(): Info {
  return {
    types: new Map(), defs: new Map(), uses: new Map(), selections: new Map(), implicits: new Map(),
    instances: new Map(), conversions: new Map(), builtins: new Map(), scopes: new Map(), initOrder: [],
  };
}
