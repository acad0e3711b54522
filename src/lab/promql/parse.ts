import { parser } from '@prometheus-io/lezer-promql';
import type { SyntaxNode } from '@lezer/common';
import type { AggregateOp, BinaryOp, Expr, FunctionName, Matcher, MatchOp, Span, VectorMatching } from './ast';
import { typeOf } from './ast';
import { parseDuration } from './duration';

/** PromqlError is a parse or type error in a rule, with its place in the text. */
export interface PromqlError { message: string; from: number; to: number; line: number; col: number }

/** ParseResult is either the expression or the first error found in it. */
export type ParseResult = { ok: true; expr: Expr } | { ok: false; error: PromqlError };

const FUNCTIONS: Record<string, { args: ('range vector' | 'instant vector')[] }> = {
  rate: { args: ['range vector'] },
  increase: { args: ['range vector'] },
  delta: { args: ['range vector'] },
  irate: { args: ['range vector'] },
  avg_over_time: { args: ['range vector'] },
  max_over_time: { args: ['range vector'] },
  min_over_time: { args: ['range vector'] },
  sum_over_time: { args: ['range vector'] },
  count_over_time: { args: ['range vector'] },
  abs: { args: ['instant vector'] },
  time: { args: [] },
};
const AGGREGATES = new Set(['sum', 'min', 'max', 'avg', 'count']);
const BINARY: Record<string, BinaryOp> = {
  Add: '+', Sub: '-', Mul: '*', Div: '/', Mod: '%', Pow: '^', Eql: '==', Neq: '!=', Gtr: '>', Lss: '<',
  Gte: '>=', Lte: '<=', And: 'and', Or: 'or', Unless: 'unless',
};
const COMPARISON = new Set<BinaryOp>(['==', '!=', '>', '<', '>=', '<=']);
const SET_OPS = new Set<BinaryOp>(['and', 'or', 'unless']);

class Fail extends Error {
  constructor(readonly msg: string, readonly span: Span) { super(msg); }
}

/** parsePromql parses one PromQL expression with the official Lezer grammar and checks its types. */
export function parsePromql(text: string): ParseResult {
  try {
    if (text.trim() === '') throw new Fail('no expression found in input', { from: 0, to: 0 });
    const tree = parser.parse(text);
    const top = tree.topNode;
    findSyntaxError(top, text);
    const body = top.firstChild;
    if (!body) throw new Fail('no expression found in input', { from: 0, to: text.length });
    const expr = new Builder(text).expr(body);
    return { ok: true, expr };
  } catch (e) {
    if (!(e instanceof Fail)) throw e;
    const { line, col } = position(text, e.span.from);
    return { ok: false, error: { message: `${line}:${col}: parse error: ${e.msg}`, from: e.span.from, to: e.span.to, line, col } };
  }
}

function position(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let col = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') { line++; col = 1; } else col++;
  }
  return { line, col };
}

function findSyntaxError(top: SyntaxNode, text: string): void {
  const cursor = top.cursor();
  let prev: { name: string; from: number; to: number } | null = null;
  do {
    if (cursor.type.isError) {
      const from = cursor.from;
      if (from >= text.trimEnd().length) throw new Fail('unexpected end of input', { from: text.length, to: text.length });
      const ch = text.slice(from, Math.max(cursor.to, from + 1));
      if (ch.startsWith('(') && prev?.name === 'Identifier') {
        const name = text.slice(prev.from, prev.to);
        throw new Fail(`unknown function with name "${name}"`, { from: prev.from, to: prev.to });
      }
      throw new Fail(`unexpected ${JSON.stringify(ch.split(/\s/)[0] || ch)}`, { from, to: Math.max(cursor.to, from + 1) });
    }
    prev = { name: cursor.name, from: cursor.from, to: cursor.to };
  } while (cursor.next());
}

function children(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

class Builder {
  constructor(private readonly text: string) {}

  private src(n: SyntaxNode): string { return this.text.slice(n.from, n.to); }
  private span(n: SyntaxNode): Span { return { from: n.from, to: n.to }; }

  expr(n: SyntaxNode): Expr {
    switch (n.name) {
      case 'ParenExpr': {
        const inner = children(n)[0];
        if (!inner) throw new Fail('no expression found in parentheses', this.span(n));
        return this.expr(inner);
      }
      case 'NumberDurationLiteral': return { kind: 'number', value: this.number(n), span: this.span(n) };
      case 'StringLiteral': return { kind: 'string', value: this.string(n), span: this.span(n) };
      case 'VectorSelector': return this.vector(n, 0);
      case 'MatrixSelector': return this.matrix(n, 0);
      case 'OffsetExpr': return this.offset(n);
      case 'UnaryExpr': {
        const [op, inner] = children(n);
        const e = this.expr(inner);
        const t = typeOf(e);
        if (t !== 'scalar' && t !== 'instant vector') throw new Fail(`unary expression only allowed on expressions of type scalar or instant vector, got "${t}"`, this.span(n));
        return { kind: 'unary', op: this.src(op) === '-' ? '-' : '+', expr: e, span: this.span(n) };
      }
      case 'FunctionCall': return this.call(n);
      case 'AggregateExpr': return this.aggregate(n);
      case 'BinaryExpr': return this.binary(n);
      case 'SubqueryExpr': throw new Fail('subqueries are not supported in the Pool Lab', this.span(n));
      case 'StepInvariantExpr': throw new Fail('the @ modifier is not supported in the Pool Lab', this.span(n));
      default: throw new Fail(`unexpected ${JSON.stringify(this.src(n))}`, this.span(n));
    }
  }

  private number(n: SyntaxNode): number {
    const s = this.src(n).toLowerCase();
    if (/^[+-]?inf$/.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
    if (s === 'nan') return NaN;
    if (/^0x[0-9a-f]+$/.test(s)) return parseInt(s, 16);
    if (/^[0-9]*\.?[0-9]+(e[+-]?[0-9]+)?$|^[0-9]+\.$/.test(s)) return Number(s);
    throw new Fail(`bad number or duration syntax: ${JSON.stringify(this.src(n))}`, this.span(n));
  }

  private string(n: SyntaxNode): string {
    const raw = this.src(n);
    const q = raw[0];
    const body = raw.slice(1, -1);
    if (q === '`') return body;
    return body.replace(/\\(.)/g, (_m, c: string) => ({ n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'" } as Record<string, string>)[c] ?? `\\${c}`);
  }

  private duration(n: SyntaxNode | undefined, whole: SyntaxNode): number {
    if (!n) throw new Fail('missing duration', this.span(whole));
    const text = this.src(n);
    const ms = parseDuration(text);
    if (ms === null) throw new Fail(`bad duration syntax: ${JSON.stringify(text)}`, this.span(n));
    return ms;
  }

  private vector(n: SyntaxNode, offsetMs: number): Extract<Expr, { kind: 'vector' }> {
    let name: string | undefined;
    const matchers: Matcher[] = [];
    for (const c of children(n)) {
      if (c.name === 'Identifier') name = this.src(c);
      else if (c.name === 'LabelMatchers') {
        for (const m of children(c)) matchers.push(this.matcher(m));
      }
    }
    for (const m of matchers) if (m.name === '__name__' && m.op === '=') name = name ?? m.value;
    if (name === undefined && matchers.every((m) => m.re ? m.re.test('') : m.op === '=' ? m.value === '' : m.value !== '')) {
      throw new Fail('vector selector must contain at least one non-empty matcher', this.span(n));
    }
    return { kind: 'vector', name, matchers: matchers.filter((m) => !(m.name === '__name__' && m.op === '=' && m.value === name)), offsetMs, span: this.span(n) };
  }

  private matcher(n: SyntaxNode): Matcher {
    const parts = children(n);
    const labelNode = parts.find((p) => p.name === 'LabelName' || p.name === 'QuotedLabelName');
    const opNode = parts.find((p) => p.name === 'MatchOp');
    const valNode = parts.find((p) => p.name === 'StringLiteral');
    if (!labelNode || !opNode || !valNode) throw new Fail(`unsupported label matcher ${JSON.stringify(this.src(n))}`, this.span(n));
    const name = labelNode.name === 'QuotedLabelName' ? this.string(labelNode) : this.src(labelNode);
    const op = this.src(opNode) as MatchOp;
    const value = this.string(valNode);
    const m: Matcher = { name, op, value };
    if (op === '=~' || op === '!~') {
      try {
        m.re = new RegExp(`^(?:${value})$`, 's');
      } catch {
        throw new Fail(`invalid regular expression ${JSON.stringify(value)}`, this.span(valNode));
      }
    }
    return m;
  }

  private matrix(n: SyntaxNode, offsetMs: number): Extract<Expr, { kind: 'matrix' }> {
    const [vs, dur] = children(n);
    const selector = this.vector(vs, offsetMs);
    return { kind: 'matrix', selector, rangeMs: this.duration(dur?.firstChild ?? dur, n), span: this.span(n) };
  }

  private offset(n: SyntaxNode): Expr {
    const parts = children(n);
    const target = parts[0];
    const durNode = parts.find((p) => p.name === 'OffsetDurationExpr');
    let ms = this.duration(durNode?.firstChild ?? durNode, n);
    if (durNode && this.src(durNode).trim().startsWith('-')) ms = -ms;
    if (target.name === 'VectorSelector') return this.vector(target, ms);
    if (target.name === 'MatrixSelector') return this.matrix(target, ms);
    throw new Fail('offset modifier must be preceded by an instant vector selector or range vector selector', this.span(n));
  }

  private call(n: SyntaxNode): Expr {
    const [ident, body] = children(n);
    const name = this.src(ident);
    const spec = FUNCTIONS[name];
    if (!spec) throw new Fail(`function "${name}" is not supported in the Pool Lab`, this.span(ident));
    const args = body ? children(body).map((a) => this.expr(a)) : [];
    if (args.length !== spec.args.length) {
      throw new Fail(`expected ${spec.args.length} argument(s) in call to "${name}", got ${args.length}`, this.span(n));
    }
    args.forEach((a, i) => {
      const t = typeOf(a);
      if (t !== spec.args[i]) throw new Fail(`expected type ${spec.args[i]} in call to function "${name}", got ${t}`, a.span);
    });
    return { kind: 'call', fn: name as FunctionName, args, span: this.span(n) };
  }

  private aggregate(n: SyntaxNode): Expr {
    let op = '';
    let grouping: string[] = [];
    let without = false;
    let args: SyntaxNode[] = [];
    for (const c of children(n)) {
      if (c.name === 'AggregateOp') op = this.src(c);
      else if (c.name === 'AggregateModifier') {
        for (const m of children(c)) {
          if (m.name === 'Without') without = true;
          if (m.name === 'GroupingLabels') grouping = children(m).map((l) => this.src(l));
        }
      } else if (c.name === 'FunctionCallBody') args = children(c);
    }
    if (!AGGREGATES.has(op)) throw new Fail(`aggregation "${op}" is not supported in the Pool Lab`, this.span(n));
    if (args.length !== 1) throw new Fail(`wrong number of arguments for aggregate expression provided, expected 1, got ${args.length}`, this.span(n));
    const e = this.expr(args[0]);
    if (typeOf(e) !== 'instant vector') throw new Fail(`expected type instant vector in aggregation expression, got ${typeOf(e)}`, e.span);
    return { kind: 'aggregate', op: op as AggregateOp, grouping, without, expr: e, span: this.span(n) };
  }

  private binary(n: SyntaxNode): Expr {
    const parts = children(n);
    const lhsNode = parts[0];
    const rhsNode = parts[parts.length - 1];
    const opNode = parts[1];
    const op = BINARY[opNode.name];
    if (!op) throw new Fail(`operator ${JSON.stringify(this.src(opNode))} is not supported in the Pool Lab`, this.span(opNode));
    let returnBool = false;
    let matching: VectorMatching | undefined;
    for (const p of parts.slice(2, -1)) {
      if (p.name === 'BoolModifier') returnBool = true;
      if (p.name === 'MatchingModifierClause') matching = this.matching(p);
    }
    const lhs = this.expr(lhsNode);
    const rhs = this.expr(rhsNode);
    const lt = typeOf(lhs);
    const rt = typeOf(rhs);
    const span = this.span(n);
    for (const [t, e] of [[lt, lhs], [rt, rhs]] as const) {
      if (t !== 'scalar' && t !== 'instant vector') throw new Fail(`binary expression must contain only scalar and instant vector types`, e.span);
    }
    if (returnBool && !COMPARISON.has(op)) throw new Fail('bool modifier can only be used on comparison operators', span);
    if (COMPARISON.has(op) && lt === 'scalar' && rt === 'scalar' && !returnBool) throw new Fail('comparisons between scalars must use BOOL modifier', span);
    if (SET_OPS.has(op)) {
      if (lt === 'scalar' || rt === 'scalar') throw new Fail(`set operator "${op}" not allowed in binary scalar expression`, span);
      matching = matching ?? { card: 'many-to-many', on: false, labels: [], include: [] };
      matching.card = 'many-to-many';
    } else if (lt === 'instant vector' && rt === 'instant vector') {
      matching = matching ?? { card: 'one-to-one', on: false, labels: [], include: [] };
    } else if (matching) {
      throw new Fail('vector matching only allowed between instant vectors', span);
    }
    return { kind: 'binary', op, lhs, rhs, returnBool, matching, span };
  }

  private matching(n: SyntaxNode): VectorMatching {
    const m: VectorMatching = { card: 'one-to-one', on: false, labels: [], include: [] };
    let seenGroup = false;
    for (const c of children(n)) {
      if (c.name === 'On') m.on = true;
      else if (c.name === 'GroupLeft') { m.card = 'many-to-one'; seenGroup = true; }
      else if (c.name === 'GroupRight') { m.card = 'one-to-many'; seenGroup = true; }
      else if (c.name === 'GroupingLabels') {
        const labels = children(c).map((l) => this.src(l));
        if (seenGroup) m.include = labels; else m.labels = labels;
      }
    }
    return m;
  }
}
