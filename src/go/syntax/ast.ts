/**
 * The typed Go AST. Every node has `pos` (where gc reports errors about it) and most have `end`.
 * Nodes are plain objects discriminated by `kind`; the checker's `Info` maps are keyed by node identity.
 */
import type { LitKind, Pos } from './token.ts';

export type { Pos } from './token.ts';

/** NodeBase is what every AST node carries: pos is where the node starts (types2 reports errors there). */
export interface NodeBase {
  pos: Pos;
  end?: Pos;
}

// ---------------------------------------------------------------- expressions

/** Ident is a name (also `_`). */
export interface Ident extends NodeBase { kind: 'Ident'; name: string }
/** BasicLit is a literal; `value` is the source text (quotes and prefixes included). */
export interface BasicLit extends NodeBase { kind: 'BasicLit'; litKind: LitKind; value: string; bad?: boolean }
/** CompositeLit is `T{...}` (type is absent for elided types inside another composite literal). */
export interface CompositeLit extends NodeBase { kind: 'CompositeLit'; type?: Expr; elts: Expr[]; rbrace: Pos }
/** KeyValueExpr is `key: value` inside a composite literal. */
export interface KeyValueExpr extends NodeBase { kind: 'KeyValueExpr'; key: Expr; value: Expr }
/** FuncLit is a function literal (closure). */
export interface FuncLit extends NodeBase { kind: 'FuncLit'; type: FuncType; body: BlockStmt }
/** ParenExpr is `(x)`. */
export interface ParenExpr extends NodeBase { kind: 'ParenExpr'; x: Expr }
/** SelectorExpr is `x.sel`; pos is where x starts. */
export interface SelectorExpr extends NodeBase { kind: 'SelectorExpr'; x: Expr; sel: Ident }
/** IndexExpr is `x[i]` or a generic instantiation `f[T1, T2]` (several indices). */
export interface IndexExpr extends NodeBase { kind: 'IndexExpr'; x: Expr; indices: Expr[] }
/** SliceExpr is `x[lo:hi]` or `x[lo:hi:max]` (slice3); lbrack is the `[` (types2 reports slice errors there). */
export interface SliceExpr extends NodeBase {
  kind: 'SliceExpr'; x: Expr; low?: Expr; high?: Expr; max?: Expr; slice3: boolean; lbrack: Pos;
}
/** TypeAssertExpr is `x.(T)`; `type` is absent for `x.(type)` in a type switch. */
export interface TypeAssertExpr extends NodeBase { kind: 'TypeAssertExpr'; x: Expr; type?: Expr }
/** CallExpr is `f(args)`; hasDots is set for `f(xs...)`; lparen/rparen are the parentheses' positions. */
export interface CallExpr extends NodeBase { kind: 'CallExpr'; fun: Expr; args: Expr[]; hasDots: boolean; lparen: Pos; rparen: Pos }
/** StarExpr is `*x`: a dereference or a pointer type. */
export interface StarExpr extends NodeBase { kind: 'StarExpr'; x: Expr }
/** UnaryExpr is `op x` for `+ - ! ^ & <- ~`. */
export interface UnaryExpr extends NodeBase { kind: 'UnaryExpr'; op: string; x: Expr }
/** BinaryExpr is `x op y`; pos is where x starts (types2 reports there), opPos the operator's. */
export interface BinaryExpr extends NodeBase { kind: 'BinaryExpr'; op: string; x: Expr; y: Expr; opPos: Pos }
/** BadExpr stands for an expression that failed to parse. */
export interface BadExpr extends NodeBase { kind: 'BadExpr' }

// ---------------------------------------------------------------- types (also expressions)

/** ArrayType is `[N]T`; len is absent for `[...]T` (only in composite literals). */
export interface ArrayType extends NodeBase { kind: 'ArrayType'; len?: Expr; elem: Expr }
/** SliceType is `[]T`. */
export interface SliceType extends NodeBase { kind: 'SliceType'; elem: Expr }
/** MapType is `map[K]V`. */
export interface MapType extends NodeBase { kind: 'MapType'; key: Expr; value: Expr }
/** ChanDir is a channel direction. */
export type ChanDir = 'both' | 'send' | 'recv';
/** ChanType is `chan T`, `chan<- T` or `<-chan T`. */
export interface ChanType extends NodeBase { kind: 'ChanType'; dir: ChanDir; value: Expr }
/** Field is a parameter, result, struct field or embedded field; names is empty for anonymous ones. */
export interface Field extends NodeBase { kind: 'Field'; names: Ident[]; type: Expr; tag?: BasicLit; embedded?: boolean }
/** FuncType is a signature; typeParams only on generic function declarations. */
export interface FuncType extends NodeBase { kind: 'FuncType'; typeParams?: Field[]; params: Field[]; results: Field[] }
/** DotsType is `...T`, the type of a final variadic parameter. */
export interface DotsType extends NodeBase { kind: 'DotsType'; elem: Expr }
/** StructType is `struct { ... }`. */
export interface StructType extends NodeBase { kind: 'StructType'; fields: Field[] }
/** InterfaceElem is a method (`name` set, type a FuncType) or an embedded type/union (`name` absent). */
export interface InterfaceElem extends NodeBase { kind: 'InterfaceElem'; name?: Ident; type: Expr }
/** InterfaceType is `interface { ... }`. */
export interface InterfaceType extends NodeBase { kind: 'InterfaceType'; elems: InterfaceElem[] }

/** Expr is any expression or type expression. */
export type Expr =
  | Ident | BasicLit | CompositeLit | KeyValueExpr | FuncLit | ParenExpr | SelectorExpr | IndexExpr | SliceExpr
  | TypeAssertExpr | CallExpr | StarExpr | UnaryExpr | BinaryExpr | BadExpr
  | ArrayType | SliceType | MapType | ChanType | FuncType | DotsType | StructType | InterfaceType;

// ---------------------------------------------------------------- statements

/** DeclStmt is a `var`, `const` or `type` declaration inside a function. */
export interface DeclStmt extends NodeBase { kind: 'DeclStmt'; decl: GenDecl }
/** EmptyStmt is an empty statement. */
export interface EmptyStmt extends NodeBase { kind: 'EmptyStmt' }
/** LabeledStmt is `label: stmt`. */
export interface LabeledStmt extends NodeBase { kind: 'LabeledStmt'; label: Ident; stmt: Stmt }
/** ExprStmt is an expression used as a statement. */
export interface ExprStmt extends NodeBase { kind: 'ExprStmt'; x: Expr }
/** SendStmt is `ch <- v`. */
export interface SendStmt extends NodeBase { kind: 'SendStmt'; chan: Expr; value: Expr }
/** IncDecStmt is `x++` or `x--`. */
export interface IncDecStmt extends NodeBase { kind: 'IncDecStmt'; x: Expr; op: '++' | '--' }
/** AssignStmt is `lhs op rhs` with op `=`, `:=` or a compound operator like `+=`; opPos is the operator's. */
export interface AssignStmt extends NodeBase { kind: 'AssignStmt'; op: string; lhs: Expr[]; rhs: Expr[]; opPos: Pos }
/** GoStmt is `go call`. */
export interface GoStmt extends NodeBase { kind: 'GoStmt'; call: Expr }
/** DeferStmt is `defer call`. */
export interface DeferStmt extends NodeBase { kind: 'DeferStmt'; call: Expr }
/** ReturnStmt is `return results`. */
export interface ReturnStmt extends NodeBase { kind: 'ReturnStmt'; results: Expr[] }
/** BranchStmt is `break`, `continue`, `goto` or `fallthrough`, optionally labelled. */
export interface BranchStmt extends NodeBase {
  kind: 'BranchStmt'; tok: 'break' | 'continue' | 'goto' | 'fallthrough'; label?: Ident;
}
/** BlockStmt is `{ stmts }`. */
export interface BlockStmt extends NodeBase { kind: 'BlockStmt'; stmts: Stmt[]; rbrace: Pos }
/** IfStmt is `if init; cond { } else ...`. */
export interface IfStmt extends NodeBase { kind: 'IfStmt'; init?: Stmt; cond: Expr; body: BlockStmt; else?: IfStmt | BlockStmt }
/** CaseClause is `case a, b:` or `default:` (list absent) in a switch or type switch. */
export interface CaseClause extends NodeBase { kind: 'CaseClause'; list?: Expr[]; body: Stmt[]; colon: Pos }
/** SwitchStmt is an expression switch (tag absent for `switch {`). */
export interface SwitchStmt extends NodeBase { kind: 'SwitchStmt'; init?: Stmt; tag?: Expr; body: CaseClause[]; rbrace: Pos }
/** TypeSwitchStmt is `switch v := x.(type) {`; bind is absent without `v :=`. */
export interface TypeSwitchStmt extends NodeBase {
  kind: 'TypeSwitchStmt'; init?: Stmt; bind?: Ident; x: Expr; guard: TypeAssertExpr; body: CaseClause[]; rbrace: Pos;
}
/** CommClause is `case send/recv:` or `default:` (comm absent) in a select. */
export interface CommClause extends NodeBase { kind: 'CommClause'; comm?: Stmt; body: Stmt[]; colon: Pos }
/** SelectStmt is `select { ... }`. */
export interface SelectStmt extends NodeBase { kind: 'SelectStmt'; body: CommClause[]; rbrace: Pos }
/** ForStmt is a three-clause, condition-only or infinite for loop. */
export interface ForStmt extends NodeBase { kind: 'ForStmt'; init?: Stmt; cond?: Expr; post?: Stmt; body: BlockStmt }
/** RangeStmt is `for k, v := range x`; tok is ':=', '=' or absent for `for range x`. */
export interface RangeStmt extends NodeBase {
  kind: 'RangeStmt'; key?: Expr; value?: Expr; tok?: ':=' | '='; x: Expr; body: BlockStmt;
}
/** BadStmt stands for a statement that failed to parse. */
export interface BadStmt extends NodeBase { kind: 'BadStmt' }

/** Stmt is any statement. */
export type Stmt =
  | DeclStmt | EmptyStmt | LabeledStmt | ExprStmt | SendStmt | IncDecStmt | AssignStmt | GoStmt | DeferStmt
  | ReturnStmt | BranchStmt | BlockStmt | IfStmt | SwitchStmt | TypeSwitchStmt | SelectStmt | ForStmt
  | RangeStmt | BadStmt;

// ---------------------------------------------------------------- declarations

/** ImportSpec is one import; name is an alias, `_` or `.`. */
export interface ImportSpec extends NodeBase { kind: 'ImportSpec'; name?: Ident; path: BasicLit }
/** ValueSpec is one `var`/`const` line; for consts, iota is its index and type/values may be inherited (implicit). */
export interface ValueSpec extends NodeBase {
  kind: 'ValueSpec'; names: Ident[]; type?: Expr; values: Expr[]; iota: number; implicit?: boolean;
}
/** TypeSpec is `type Name[TP] T` or an alias `type Name = T`. */
export interface TypeSpec extends NodeBase { kind: 'TypeSpec'; name: Ident; typeParams?: Field[]; alias: boolean; type: Expr }
/** Spec is any spec of a GenDecl. */
export type Spec = ImportSpec | ValueSpec | TypeSpec;
/** GenDecl is an `import`, `const`, `var` or `type` declaration (grouped when lparen is set). */
export interface GenDecl extends NodeBase { kind: 'GenDecl'; tok: 'import' | 'const' | 'var' | 'type'; specs: Spec[]; lparen?: Pos }
/** FuncDecl is a function or method; body is absent for a declaration without body (only in stdlib stubs). */
export interface FuncDecl extends NodeBase { kind: 'FuncDecl'; recv?: Field; name: Ident; type: FuncType; body?: BlockStmt }
/** Decl is a top-level declaration. */
export type Decl = GenDecl | FuncDecl;

/** File is one parsed source file. */
export interface File extends NodeBase {
  kind: 'File'; name: string; pkgName: Ident; imports: ImportSpec[]; decls: Decl[];
}

/** Node is any AST node. */
export type Node = Expr | Stmt | Spec | Decl | File | Field | InterfaceElem | CaseClause | CommClause;
