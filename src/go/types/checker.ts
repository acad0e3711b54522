/**
 * Checker holds the state of one type-checking run (modelled on types2): package and file scopes, lazily
 * resolved package-level objects, the current function environment, and gc-style error reporting.
 */
import { msg } from './msg.ts';
import type * as A from '../syntax/ast.ts';
import { ErrorList, TooManyErrors } from '../syntax/diagnostics.ts';
import type { Pos } from '../syntax/token.ts';
import { UNKNOWN, type ConstValue } from './constant.ts';
import { newInfo, type Info, type OperandMode } from './info.ts';
import { identical } from './predicates.ts';
import { Scope } from './scope.ts';
import type { Instantiator } from './subst.ts';
import { Typ, type BuiltinName, type Func, type Named, type Obj, type Signature, type Type, type Var } from './types.ts';
import { Universe } from './universe.ts';
import { diag, typesHooks } from './hooks.ts';

/** Operand is the result of checking an expression. */
export interface Operand {
  mode: OperandMode | 'invalid' | 'nil';
  type: Type;
  value?: ConstValue;
  expr?: A.Expr;
  builtin?: BuiltinName;
}

/** invalidOperand returns an invalid operand for expr (errors already reported). */
export function invalidOperand(expr?: A.Expr): Operand {
  return { mode: 'invalid', type: Typ.invalid, expr };
}

/** DeclInfo records how a package-level object is declared, for lazy resolution. */
export interface DeclInfo {
  file: Scope;
  spec?: A.ValueSpec | A.TypeSpec;
  func?: A.FuncDecl;
  /** lhs lists all objects of a multi-name var spec initialised by one call. */
  lhs?: Var[];
  state: 'todo' | 'doing' | 'done';
}

/** FuncEnv is the environment of the function body being checked. */
export interface FuncEnv {
  sig: Signature;
  scope: Scope;
  name: string;
}

/** Package is an imported package as the checker sees it. */
export interface Package {
  path: string;
  name: string;
  scope: Scope;
}

/** PackageLoader returns the package for an import path, or undefined when unsupported. */
export type PackageLoader = (path: string) => Package | undefined;

/** Checker is one type-checking run over a set of files of one package. */
export class Checker {
  readonly info: Info = newInfo();
  readonly errors: ErrorList;
  readonly pkgScope: Scope;
  readonly decls = new Map<Obj, DeclInfo>();
  /** methods declared per base type name, in source order. */
  readonly methodDecls = new Map<string, { decl: A.FuncDecl; file: Scope }[]>();
  env: FuncEnv | undefined;
  /** iota is the value of iota in the constant declaration being checked. */
  iota: ConstValue | undefined;
  /** delayed actions (function bodies), run after package-level declarations. */
  readonly delayed: (() => void)[] = [];
  /** instances are the generic types' instances made so far, per generic type. */
  readonly instances = new Map<Named, { args: Type[]; inst: Named }[]>();
  /** instantiate hooks subst/lookups to this checker's instance cache (set in constructor). */
  readonly inst: Instantiator;

  /** Checker starts a run for package `pkg` ('main' for the learner's program). */
  constructor(readonly pkg: string, readonly loader: PackageLoader, errors?: ErrorList) {
    this.errors = errors ?? new ErrorList();
    this.pkgScope = new Scope(Universe, 'package');
    this.info.pkgScope = this.pkgScope;
    this.inst = (orig, targs) => this.instantiateNamed(orig, targs);
  }

  /** error reports a positioned error (gc's rules apply: sorted, de-duplicated, at most 10). */
  error(pos: Pos, msg: string): void {
    this.errors.add(this.errpos ?? pos, msg);
  }

  /** errorAt reports at the start of a node. */
  errorAt(node: { pos: Pos; kind?: string }, msg: string): void {
    // like syntax.StartPos: a slice expression starts at its '['
    const p = node.kind === 'SliceExpr' ? (node as A.SliceExpr).lbrack : node.pos;
    this.errors.add(this.errpos ?? p, msg);
  }

  /** errpos, when set, replaces every error position (errors in an inherited constant expression go to the name). */
  errpos: Pos | undefined;

  /** unsupported reports a construct outside the course subset. */
  unsupported(pos: Pos, feature: string): void {
    this.error(pos, `not supported in this course runtime: ${feature}`);
  }

  /** record stores an expression's type and value in Info. */
  record(x: Operand): void {
    if (!x.expr || x.mode === 'invalid') return;
    const mode: OperandMode = x.mode === 'nil' ? 'value' : x.mode;
    this.info.types.set(x.expr, { mode, type: x.type, value: x.mode === 'constant' ? x.value ?? UNKNOWN : undefined });
  }

  /** instantiateNamed returns the canonical instance of a generic named type for targs (generics' part: infer.ts, generic-types.ts). */
  instantiateNamed(orig: Named, targs: Type[]): Named {
    return typesHooks.generics!.instantiateNamed(this, orig, targs);
  }

  /** expanding counts nested instance expansions (a safety net against runaway expansion). */
  expanding = 0;

  /** cyclicGenerics are generic types found to instantiate themselves endlessly (never expanded). */
  readonly cyclicGenerics = new Set<Named>();

  /** pendingInstances are instances whose underlying type is expanded when the generic type is resolved. */
  readonly pendingInstances: Named[] = [];
  /** expandInstance is provided by decl.ts (it needs subst and the resolved generic type). */
  expandInstance: (inst: Named) => void = () => {};

  /** runDelayed runs queued function bodies. */
  runDelayed(): void {
    for (let i = 0; i < this.delayed.length; i++) this.delayed[i]();
    this.delayed.length = 0;
  }

  /** objPath is the stack of package-level objects being resolved (for cycle reports). */
  readonly objPath: Obj[] = [];

  /** reportCycle reports an initialization cycle the way types2 does (diag.ts; a placeholder while `go:diag` is not loaded). */
  reportCycle(cycle: Obj[]): void {
    const d = diag();
    if (d) d.reportCycle(this, cycle);
    else if (cycle[0].pos) this.error(cycle[0].pos, msg(179));
  }


  /** deps records, per package-level var or func, the package-level vars and funcs its code refers to. */
  readonly deps = new Map<Obj, Set<Obj>>();
  /** curDeps collects references while a package-level initializer or function body is checked. */
  curDeps: Set<Obj> | undefined;

  /** noteUse records a reference to a package-level object for initialization order. */
  noteUse(obj: Obj): void {
    if (this.curDeps && (obj.kind === 'var' || obj.kind === 'func') && obj.pkg === this.pkg && (obj.parent === this.pkgScope || obj.kind === 'func')) {
      this.curDeps.add(obj);
    }
  }

  /** depsOf returns the dependency set of obj, creating it. */
  depsOf(obj: Obj): Set<Obj> {
    let d = this.deps.get(obj);
    if (!d) {
      d = new Set();
      this.deps.set(obj, d);
    }
    return d;
  }

  /** funcObj is a helper to find the Func object declared by a FuncDecl. */
  readonly funcObjs = new Map<A.FuncDecl, Func>();

  /** safely runs f, turning TooManyErrors into a stop signal. */
  static stopOnTooMany(f: () => void): void {
    try {
      f();
    } catch (e) {
      if (!(e instanceof TooManyErrors)) throw e;
    }
  }
}

