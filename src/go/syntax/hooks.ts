/**
 * hooks: the parser's entry points into parts of the compiler that the browser loads only for programs that
 * need them (src/go/syntax/features.ts names the keys). Each part sets its hook when its module loads: at once
 * under Node (features.eager.ts), in the browser when `prepare` finds the feature (features.lazy.ts).
 */
import type * as A from './ast.ts';
import type { Pos } from './token.ts';

/** syntaxHooks: checkBranches is set by branches.ts (key `go:labels`; unset, a body has no label or branch); print by print.ts and texts by texts.ts (key `go:diag`). */
export const syntaxHooks: {
  checkBranches?: (body: A.BlockStmt, err: (pos: Pos, msg: string) => void) => void;
  print?: { exprString: (x: A.Expr) => string; stmtString: (s: A.Stmt) => string; emphasize: (xs: A.Expr[]) => string };
  texts?: ((a: any[]) => string)[];
} = {};
