import { describe, expect, it } from 'vitest';
import { parsePromql } from '../../../src/lab/promql';

function error(text: string): string {
  const r = parsePromql(text);
  if (r.ok) throw new Error(`expected a parse error for ${text}`);
  return r.error.message;
}

describe('parsePromql', () => {
  it('parses selectors, ranges, offsets, functions, aggregations and binary operators into a typed tree', () => {
    const r = parsePromql('sum by (db_name) (rate(go_sql_wait_count_total{db_name=~"c.*"}[5m] offset 1m)) > bool 0.5');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.expr.kind).toBe('binary');
    if (r.expr.kind !== 'binary') return;
    expect(r.expr.op).toBe('>');
    expect(r.expr.returnBool).toBe(true);
    const agg = r.expr.lhs;
    expect(agg.kind).toBe('aggregate');
    if (agg.kind !== 'aggregate') return;
    expect(agg.grouping).toEqual(['db_name']);
    const call = agg.expr;
    expect(call.kind === 'call' && call.fn).toBe('rate');
    if (call.kind !== 'call') return;
    const m = call.args[0];
    expect(m.kind === 'matrix' && m.rangeMs).toBe(300_000);
    expect(m.kind === 'matrix' && m.selector.offsetMs).toBe(60_000);
    expect(m.kind === 'matrix' && m.selector.matchers[0].op).toBe('=~');
  });

  it('keeps operator precedence: multiplication binds tighter than addition and comparison', () => {
    const r = parsePromql('a + b * 2 > 3');
    expect(r.ok && r.expr.kind === 'binary' && r.expr.op).toBe('>');
    if (!r.ok || r.expr.kind !== 'binary') return;
    const lhs = r.expr.lhs;
    expect(lhs.kind === 'binary' && lhs.op).toBe('+');
    expect(lhs.kind === 'binary' && lhs.rhs.kind === 'binary' && lhs.rhs.op).toBe('*');
  });

  it('reports an unfinished expression at its end, with line and column', () => {
    expect(error('rate(x[5m]) >')).toBe('1:14: parse error: unexpected end of input');
  });

  it('names an unknown function', () => {
    expect(error('foo(x)')).toBe('1:1: parse error: unknown function with name "foo"');
  });

  it('rejects an instant vector where a function wants a range, pointing at the argument', () => {
    const r = parsePromql('max(rate(go_sql_in_use_connections))');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toBe('1:10: parse error: expected type range vector in call to function "rate", got instant vector');
    expect(r.error.from).toBe(9);
  });

  it('counts lines and columns across newlines', () => {
    expect(error('sum(\n  x\n) +\n')).toMatch(/^4:1: parse error: unexpected end of input$/);
  });

  it('refuses scalar comparisons without bool, as Prometheus does', () => {
    expect(error('1 > 2')).toBe('1:1: parse error: comparisons between scalars must use BOOL modifier');
  });

  it('says plainly when a valid PromQL feature is outside the lab subset', () => {
    expect(error('max_over_time(x[5m:1m])')).toContain('subqueries are not supported in the Pool Lab');
    expect(error('histogram_quantile(0.9, x)')).toContain('function "histogram_quantile" is not supported in the Pool Lab');
  });
});
