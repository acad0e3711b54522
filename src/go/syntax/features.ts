/**
 * features: which rarely used compiler features a program's parsed files need. Each key names a part of the
 * compiler that the browser loads as its own chunk (see the `features.lazy.ts` modules and src/go/lazy.ts);
 * under Node every part is loaded at once and this is only consulted by tests.
 *
 * - `go:generics`: a type parameter list anywhere (inference, substitution, instantiation of functions);
 * - `go:generictypes`: a type declaration with type parameters (instances of generic types, their methods);
 * - `go:constraints`: a type parameter constrained by anything but `any` or `comparable` (type sets, core types,
 *   methods: arithmetic and method calls on type-parameter values), or a type or type parameter of either name;
 * - `go:switch`: an expression switch; `go:switchtag` as well when it has a tag (`switch x {`);
 * - `go:typeswitch`: a type switch;
 * - `go:select`: a select statement;
 * - `go:builtins`: a call of clear, close, copy, delete, max, min, print or println (by name: shadowing
 *   only loads more than needed);
 * - `go:index`: an index expression x[i] (or an explicit instantiation f[T]);
 * - `go:assert`: a type assertion x.(T) (a type switch's guard is one too);
 * - `go:assignop`: a compound assignment (`+=`, ...) or `++`/`--`;
 * - `go:labels`: a label or a break/continue/goto/fallthrough (gc's branch rules);
 * - `go:ranges`: a three-clause for loop or a range loop that defines a named key, `for k := range x` (interval
 *   facts for plain JS arithmetic; optional; `for _, v := range x` has no key to give an interval to).
 */
import type * as A from './ast.ts';

/** RARE_BUILTINS are the built-ins whose checking and lowering live in the `go:builtins` chunk. */
export const RARE_BUILTINS = new Set(['clear', 'close', 'copy', 'delete', 'max', 'min', 'print', 'println']);

/** definesRangeKey says whether `for k := range x` defines a key other than `_`: the only range loops go:ranges serves. */
export function definesRangeKey(s: A.RangeStmt): boolean {
  return s.tok === ':=' && s.key?.kind === 'Ident' && s.key.name !== '_';
}

/** usedFeatures walks the files once and returns the feature keys they need (it never throws on partial ASTs). */
export function usedFeatures(files: readonly A.File[]): Set<string> {
  const out = new Set<string>();
  let redeclared = false;
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    const o = n as Record<string, unknown> & { kind?: string };
    switch (o.kind) {
      case 'SwitchStmt': out.add('go:switch'); if ((o as unknown as A.SwitchStmt).tag) out.add('go:switchtag'); break;
      case 'TypeSwitchStmt': out.add('go:typeswitch'); break;
      case 'SelectStmt': out.add('go:select'); break;
      case 'LabeledStmt': case 'BranchStmt': out.add('go:labels'); break;
      case 'RangeStmt': if (definesRangeKey(o as unknown as A.RangeStmt)) out.add('go:ranges'); break;
      case 'IndexExpr': out.add('go:index'); break;
      case 'TypeAssertExpr': out.add('go:assert'); break;
      case 'IncDecStmt': out.add('go:assignop'); break;
      case 'AssignStmt': if ((o as unknown as A.AssignStmt).op !== '=' && (o as unknown as A.AssignStmt).op !== ':=') out.add('go:assignop'); break;
      case 'ForStmt': if ((o as unknown as A.ForStmt).init) out.add('go:ranges'); break;
      case 'CallExpr': {
        let f = (o as unknown as A.CallExpr).fun;
        while (f && f.kind === 'ParenExpr') f = f.x;
        if (f && f.kind === 'Ident' && RARE_BUILTINS.has(f.name)) out.add('go:builtins');
        break;
      }
    }
    if (Array.isArray(o.typeParams) && o.typeParams.length > 0) {
      out.add('go:generics');
      if (o.kind === 'TypeSpec') out.add('go:generictypes');
      for (const f of o.typeParams as A.Field[]) if (!(f.type?.kind === 'Ident' && PLAIN_CONSTRAINTS.has(f.type.name))) out.add('go:constraints');
    }
    // a type or a type parameter named any or comparable (other declarations of the names make no type)
    if (o.kind === 'TypeSpec' ? PLAIN_CONSTRAINTS.has((o as unknown as A.TypeSpec).name?.name) : o.kind === 'Field' && (o as unknown as A.Field).names?.some((x) => PLAIN_CONSTRAINTS.has(x.name))) redeclared = true;
    for (const k in o) if (k !== 'pos' && k !== 'end') visit(o[k]);
  };
  visit(files);
  // `any` or `comparable` declared by the program may name a constraint with methods or a type set
  if (redeclared && out.has('go:generics')) out.add('go:constraints');
  return out;
}

/** PLAIN_CONSTRAINTS are the predeclared constraints whose type sets allow no arithmetic and no methods. */
const PLAIN_CONSTRAINTS = new Set(['any', 'comparable']);
