/** ValueType is the static type of a PromQL expression, as Prometheus names them in its errors. */
export type ValueType = 'scalar' | 'instant vector' | 'range vector' | 'string';

/** Span is a [from, to) character range in the rule text. */
export interface Span { from: number; to: number }

/** MatchOp is a label matcher's operator. */
export type MatchOp = '=' | '!=' | '=~' | '!~';

/** Matcher is one label matcher of a selector: `job="api"`. */
export interface Matcher { name: string; op: MatchOp; value: string; re?: RegExp }

/** BinaryOp is every binary operator of PromQL the lab evaluates. */
export type BinaryOp = '+' | '-' | '*' | '/' | '%' | '^' | '==' | '!=' | '>' | '<' | '>=' | '<=' | 'and' | 'or' | 'unless';

/** AggregateOp is an aggregation operator the lab evaluates. */
export type AggregateOp = 'sum' | 'min' | 'max' | 'avg' | 'count';

/** FunctionName is a PromQL function the lab evaluates. */
export type FunctionName =
  | 'rate' | 'increase' | 'delta' | 'irate'
  | 'avg_over_time' | 'max_over_time' | 'min_over_time' | 'sum_over_time' | 'count_over_time'
  | 'abs' | 'time';

/** VectorMatching is the `on`/`ignoring`/`group_left`/`group_right` clause of a binary operation. */
export interface VectorMatching {
  card: 'one-to-one' | 'many-to-one' | 'one-to-many' | 'many-to-many';
  on: boolean;
  labels: string[];
  include: string[];
}

/** Expr is a parsed PromQL expression. */
export type Expr =
  | { kind: 'number'; value: number; span: Span }
  | { kind: 'string'; value: string; span: Span }
  | { kind: 'vector'; name?: string; matchers: Matcher[]; offsetMs: number; span: Span }
  | { kind: 'matrix'; selector: Extract<Expr, { kind: 'vector' }>; rangeMs: number; span: Span }
  | { kind: 'call'; fn: FunctionName; args: Expr[]; span: Span }
  | { kind: 'aggregate'; op: AggregateOp; grouping: string[]; without: boolean; expr: Expr; span: Span }
  | { kind: 'binary'; op: BinaryOp; lhs: Expr; rhs: Expr; returnBool: boolean; matching?: VectorMatching; span: Span }
  | { kind: 'unary'; op: '-' | '+'; expr: Expr; span: Span };

/** typeOf returns the static type of a parsed expression. */
export function typeOf(e: Expr): ValueType {
  switch (e.kind) {
    case 'number': return 'scalar';
    case 'string': return 'string';
    case 'vector': return 'instant vector';
    case 'matrix': return 'range vector';
    case 'call': return e.fn === 'time' ? 'scalar' : 'instant vector';
    case 'aggregate': return 'instant vector';
    case 'unary': return typeOf(e.expr);
    case 'binary':
      return typeOf(e.lhs) === 'scalar' && typeOf(e.rhs) === 'scalar' ? 'scalar' : 'instant vector';
  }
}
