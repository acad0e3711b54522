/**
 * Printing expressions and simple statements the way gc's syntax printer does, for messages. Part of the
 * diagnostics chunk (key `go:diag`): the compiler calls it through messages.ts.
 */
import type * as A from './ast.ts';
import { syntaxHooks } from './hooks.ts';

/** emphasize renders an expression list, parenthesising a lone binary expression (for "cannot use ... as value"). */
export function emphasize(xs: A.Expr[]): string {
  const s = xs.map(exprString).join(', ');
  if (xs.length === 1 && xs[0].kind === 'BinaryExpr') return `(${s})`;
  return s;
}

/** stmtString renders a simple statement like gc's printer (for "cannot use ... as value"). */
export function stmtString(s: A.Stmt): string {
  switch (s.kind) {
    case 'AssignStmt':
      return `${s.lhs.map(exprString).join(', ')} ${s.op} ${s.rhs.map(exprString).join(', ')}`;
    case 'IncDecStmt':
      return `${exprString(s.x)}${s.op}`;
    case 'SendStmt':
      return `${exprString(s.chan)} <- ${exprString(s.value)}`;
    case 'ExprStmt':
      return exprString(s.x);
    default:
      return s.kind;
  }
}

/** exprString renders an expression the way gc's syntax printer does (used in messages). */
export function exprString(x: A.Expr): string {
  switch (x.kind) {
    case 'Ident':
      return x.name;
    case 'BasicLit':
      return x.value;
    case 'CompositeLit':
      return `${x.type ? exprString(x.type) : ''}{${x.elts.length ? '…' : ''}}`;
    case 'KeyValueExpr':
      return `${exprString(x.key)}: ${exprString(x.value)}`;
    case 'FuncLit':
      return `func(${fieldsString(x.type.params)})${resultsString(x.type.results)} {…}`;
    case 'ParenExpr':
      return `(${exprString(x.x)})`;
    case 'SelectorExpr':
      return `${exprString(x.x)}.${x.sel.name}`;
    case 'IndexExpr':
      return `${exprString(x.x)}[${x.indices.map(exprString).join(', ')}]`;
    case 'SliceExpr':
      return `${exprString(x.x)}[${x.low ? exprString(x.low) : ''}:${x.high ? exprString(x.high) : ''}${x.slice3 ? ':' + (x.max ? exprString(x.max) : '') : ''}]`;
    case 'TypeAssertExpr':
      return `${exprString(x.x)}.(${x.type ? exprString(x.type) : 'type'})`;
    case 'CallExpr':
      return `${exprString(x.fun)}(${x.args.map(exprString).join(', ')}${x.hasDots ? '...' : ''})`;
    case 'StarExpr':
      return `*${exprString(x.x)}`;
    case 'UnaryExpr':
      return `${x.op}${exprString(x.x)}`;
    case 'BinaryExpr':
      return `${exprString(x.x)} ${x.op} ${exprString(x.y)}`;
    case 'BadExpr':
      return '_';
    case 'ArrayType':
      return `[${x.len ? exprString(x.len) : '...'}]${exprString(x.elem)}`;
    case 'SliceType':
      return `[]${exprString(x.elem)}`;
    case 'MapType':
      return `map[${exprString(x.key)}]${exprString(x.value)}`;
    case 'ChanType':
      return `${x.dir === 'recv' ? '<-chan' : x.dir === 'send' ? 'chan<-' : 'chan'} ${exprString(x.value)}`;
    case 'FuncType':
      return `func(${fieldsString(x.params)})${resultsString(x.results)}`;
    case 'DotsType':
      return `...${exprString(x.elem)}`;
    case 'StructType':
      return x.fields.length ? 'struct{…}' : 'struct{}';
    case 'InterfaceType':
      return x.elems.length ? 'interface{…}' : 'interface{}';
  }
}

function fieldsString(fs: A.Field[]): string {
  return fs.map((f) => (f.names.length ? f.names.map((n) => n.name).join(', ') + ' ' : '') + exprString(f.type)).join(', ');
}
function resultsString(fs: A.Field[]): string {
  if (fs.length === 0) return '';
  if (fs.length === 1 && fs[0].names.length === 0) return ' ' + exprString(fs[0].type);
  return ` (${fieldsString(fs)})`;
}

syntaxHooks.print = { exprString, stmtString, emphasize };
