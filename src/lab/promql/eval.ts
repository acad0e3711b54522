import type { AggregateOp, BinaryOp, Expr, Matcher, VectorMatching } from './ast';
import type { Labels, Sample, Series } from './series';
import { firstIndexAtOrAfter, labelsKey, lastIndexAtOrBefore } from './series';

/** VectorSample is one element of an instant vector. */
export interface VectorSample { labels: Labels; v: number }

/** Value is the result of evaluating an expression at one instant. */
export type Value =
  | { type: 'scalar'; v: number }
  | { type: 'string'; v: string }
  | { type: 'vector'; samples: VectorSample[] }
  | { type: 'matrix'; series: { labels: Labels; samples: Sample[] }[] };

/** EvalOptions tunes evaluation; the defaults are Prometheus 2.42's. */
export interface EvalOptions { lookbackMs?: number }

/** EvalError is an error found while evaluating (for example many-to-many matching), with its place in the rule. */
export class EvalError extends Error {
  constructor(message: string, readonly from: number, readonly to: number) { super(message); }
}

const DEFAULT_LOOKBACK_MS = 5 * 60_000;

/**
 * evaluate computes expr at time tMs over the series, with Prometheus 2.42's semantics:
 * an instant selector takes each series' latest sample in [t-5m, t]; a range selector takes the
 * samples in [t-range, t]; rate/increase extrapolate as Prometheus' extrapolatedRate does.
 */
export function evaluate(expr: Expr, series: readonly Series[], tMs: number, opts: EvalOptions = {}): Value {
  return new Evaluator(series, opts.lookbackMs ?? DEFAULT_LOOKBACK_MS).eval(expr, tMs);
}

function matches(labels: Labels, name: string | undefined, matchers: Matcher[]): boolean {
  if (name !== undefined && labels.__name__ !== name) return false;
  for (const m of matchers) {
    const v = labels[m.name] ?? '';
    switch (m.op) {
      case '=': if (v !== m.value) return false; break;
      case '!=': if (v === m.value) return false; break;
      case '=~': if (!m.re!.test(v)) return false; break;
      case '!~': if (m.re!.test(v)) return false; break;
    }
  }
  return true;
}

function dropName(labels: Labels): Labels {
  const { __name__: _drop, ...rest } = labels;
  return rest;
}

class Evaluator {
  private readonly selected = new Map<Expr, readonly Series[]>();

  constructor(private readonly series: readonly Series[], private readonly lookbackMs: number) {}

  private select(e: Extract<Expr, { kind: 'vector' }>): readonly Series[] {
    let s = this.selected.get(e);
    if (!s) {
      s = this.series.filter((x) => matches(x.labels, e.name, e.matchers));
      this.selected.set(e, s);
    }
    return s;
  }

  eval(e: Expr, t: number): Value {
    switch (e.kind) {
      case 'number': return { type: 'scalar', v: e.value };
      case 'string': return { type: 'string', v: e.value };
      case 'vector': {
        const at = t - e.offsetMs;
        const out: VectorSample[] = [];
        for (const s of this.select(e)) {
          const i = lastIndexAtOrBefore(s.samples, at);
          if (i >= 0 && s.samples[i].t >= at - this.lookbackMs) out.push({ labels: s.labels, v: s.samples[i].v });
        }
        return { type: 'vector', samples: out };
      }
      case 'matrix': return { type: 'matrix', series: this.range(e, t) };
      case 'unary': {
        const v = this.eval(e.expr, t);
        if (e.op === '+') return v;
        if (v.type === 'scalar') return { type: 'scalar', v: -v.v };
        if (v.type === 'vector') return { type: 'vector', samples: v.samples.map((s) => ({ labels: dropName(s.labels), v: -s.v })) };
        throw new EvalError('unary minus needs a scalar or an instant vector', e.span.from, e.span.to);
      }
      case 'call': return this.call(e, t);
      case 'aggregate': return this.aggregate(e.op, e.grouping, e.without, this.vector(e.expr, t));
      case 'binary': return this.binary(e, t);
    }
  }

  private vector(e: Expr, t: number): VectorSample[] {
    const v = this.eval(e, t);
    if (v.type !== 'vector') throw new EvalError(`expected an instant vector, got ${v.type}`, e.span.from, e.span.to);
    return v.samples;
  }

  private range(e: Extract<Expr, { kind: 'matrix' }>, t: number): { labels: Labels; samples: Sample[] }[] {
    const end = t - e.selector.offsetMs;
    const start = end - e.rangeMs;
    const out: { labels: Labels; samples: Sample[] }[] = [];
    for (const s of this.select(e.selector)) {
      const from = firstIndexAtOrAfter(s.samples, start);
      const to = lastIndexAtOrBefore(s.samples, end);
      if (to >= from) out.push({ labels: s.labels, samples: s.samples.slice(from, to + 1) });
    }
    return out;
  }

  private call(e: Extract<Expr, { kind: 'call' }>, t: number): Value {
    if (e.fn === 'time') return { type: 'scalar', v: t / 1000 };
    if (e.fn === 'abs') return { type: 'vector', samples: this.vector(e.args[0], t).map((s) => ({ labels: dropName(s.labels), v: Math.abs(s.v) })) };
    const m = e.args[0] as Extract<Expr, { kind: 'matrix' }>;
    const out: VectorSample[] = [];
    for (const s of this.range(m, t)) {
      const v = rangeFunction(e.fn, s.samples, m, t);
      if (v !== null) out.push({ labels: dropName(s.labels), v });
    }
    return { type: 'vector', samples: out };
  }

  private aggregate(op: AggregateOp, grouping: string[], without: boolean, input: VectorSample[]): Value {
    const groups = new Map<string, { labels: Labels; values: number[] }>();
    for (const s of input) {
      const labels: Labels = {};
      if (without) {
        for (const [k, v] of Object.entries(s.labels)) if (k !== '__name__' && !grouping.includes(k)) labels[k] = v;
      } else {
        for (const k of grouping) if (s.labels[k] !== undefined && s.labels[k] !== '') labels[k] = s.labels[k];
      }
      const key = labelsKey(labels);
      let g = groups.get(key);
      if (!g) { g = { labels, values: [] }; groups.set(key, g); }
      g.values.push(s.v);
    }
    const samples: VectorSample[] = [];
    for (const g of groups.values()) samples.push({ labels: g.labels, v: aggregateValues(op, g.values) });
    return { type: 'vector', samples };
  }

  private binary(e: Extract<Expr, { kind: 'binary' }>, t: number): Value {
    const l = this.eval(e.lhs, t);
    const r = this.eval(e.rhs, t);
    if (l.type === 'scalar' && r.type === 'scalar') {
      return { type: 'scalar', v: scalarOp(e.op, l.v, r.v, e.returnBool) ?? NaN };
    }
    if (l.type === 'vector' && r.type === 'scalar') return { type: 'vector', samples: this.vectorScalar(e, l.samples, r.v, false) };
    if (l.type === 'scalar' && r.type === 'vector') return { type: 'vector', samples: this.vectorScalar(e, r.samples, l.v, true) };
    if (l.type === 'vector' && r.type === 'vector') return { type: 'vector', samples: this.vectorVector(e, l.samples, r.samples) };
    throw new EvalError('binary expression must contain only scalar and instant vector types', e.span.from, e.span.to);
  }

  private vectorScalar(e: Extract<Expr, { kind: 'binary' }>, vec: VectorSample[], scalar: number, swap: boolean): VectorSample[] {
    const out: VectorSample[] = [];
    const comparison = isComparison(e.op);
    for (const s of vec) {
      const [a, b] = swap ? [scalar, s.v] : [s.v, scalar];
      let v = scalarOp(e.op, a, b, false);
      if (comparison && !e.returnBool) {
        if (v === null) continue;
        v = s.v; // a filter keeps the vector's own value, whichever side it is on
      } else if (comparison) {
        v = scalarOp(e.op, a, b, true);
      }
      const labels = !comparison || e.returnBool ? dropName(s.labels) : s.labels;
      out.push({ labels, v: v as number });
    }
    return out;
  }

  private vectorVector(e: Extract<Expr, { kind: 'binary' }>, lhs: VectorSample[], rhs: VectorSample[]): VectorSample[] {
    const m = e.matching!;
    const sig = (l: Labels) => signature(l, m);
    if (e.op === 'and' || e.op === 'or' || e.op === 'unless') {
      const rightSigs = new Set(rhs.map((s) => sig(s.labels)));
      if (e.op === 'and') return lhs.filter((s) => rightSigs.has(sig(s.labels)));
      if (e.op === 'unless') return lhs.filter((s) => !rightSigs.has(sig(s.labels)));
      const leftSigs = new Set(lhs.map((s) => sig(s.labels)));
      return [...lhs, ...rhs.filter((s) => !leftSigs.has(sig(s.labels)))];
    }
    const oneSide = m.card === 'one-to-many' ? lhs : rhs;
    const manySide = m.card === 'one-to-many' ? rhs : lhs;
    const index = new Map<string, VectorSample>();
    for (const s of oneSide) {
      const k = sig(s.labels);
      if (index.has(k)) {
        const side = m.card === 'one-to-many' ? 'left' : 'right';
        throw new EvalError(`found duplicate series for the match group on the ${side} hand-side of the operation; many-to-many matching not allowed: matching labels must be unique on one side`, e.span.from, e.span.to);
      }
      index.set(k, s);
    }
    const out: VectorSample[] = [];
    const seen = new Set<string>();
    const comparison = isComparison(e.op);
    for (const s of manySide) {
      const k = sig(s.labels);
      const other = index.get(k);
      if (!other) continue;
      const [ls, rs] = m.card === 'one-to-many' ? [other, s] : [s, other];
      let v = scalarOp(e.op, ls.v, rs.v, e.returnBool);
      if (comparison && !e.returnBool) {
        if (v === null) continue;
        v = ls.v;
      }
      const labels = resultLabels(ls.labels, rs.labels, e.op, m, e.returnBool);
      if (m.card === 'one-to-one') {
        if (seen.has(k)) {
          throw new EvalError('multiple matches for labels: many-to-one matching must be explicit (group_left/group_right)', e.span.from, e.span.to);
        }
        seen.add(k);
      }
      out.push({ labels, v: v as number });
    }
    return out;
  }
}

function isComparison(op: BinaryOp): boolean {
  return op === '==' || op === '!=' || op === '>' || op === '<' || op === '>=' || op === '<=';
}

function signature(labels: Labels, m: VectorMatching): string {
  const picked: Labels = {};
  if (m.on) {
    for (const k of m.labels) if (labels[k] !== undefined) picked[k] = labels[k];
  } else {
    for (const [k, v] of Object.entries(labels)) if (k !== '__name__' && !m.labels.includes(k)) picked[k] = v;
  }
  return labelsKey(picked);
}

function resultLabels(l: Labels, r: Labels, op: BinaryOp, m: VectorMatching, returnBool: boolean): Labels {
  let out: Labels = m.card === 'one-to-many' ? { ...r } : { ...l };
  if (!isComparison(op) || returnBool) out = dropName(out);
  if (m.card === 'one-to-one') {
    if (m.on) {
      const kept: Labels = {};
      for (const k of m.labels) if (out[k] !== undefined) kept[k] = out[k];
      out = kept;
    } else {
      for (const k of m.labels) delete out[k];
    }
  }
  const one = m.card === 'one-to-many' ? l : r;
  for (const k of m.include) {
    if (one[k] !== undefined && one[k] !== '') out[k] = one[k]; else delete out[k];
  }
  return out;
}

/** scalarOp applies a binary operator to two numbers; comparisons give null when false (or 0/1 with bool). */
function scalarOp(op: BinaryOp, a: number, b: number, returnBool: boolean): number | null {
  const cmp = (x: boolean) => (returnBool ? (x ? 1 : 0) : x ? a : null);
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': return a / b;
    case '%': return a % b;
    case '^': return Math.pow(a, b);
    case '==': return cmp(a === b);
    case '!=': return cmp(a !== b);
    case '>': return cmp(a > b);
    case '<': return cmp(a < b);
    case '>=': return cmp(a >= b);
    case '<=': return cmp(a <= b);
    default: return null;
  }
}

function aggregateValues(op: AggregateOp, values: number[]): number {
  switch (op) {
    case 'sum': {
      let sum = 0;
      let c = 0;
      for (const v of values) [sum, c] = kahanSumInc(v, sum, c);
      return sum + c;
    }
    case 'count': return values.length;
    case 'avg': {
      let sum = 0;
      let c = 0;
      for (const v of values) [sum, c] = kahanSumInc(v, sum, c);
      return (sum + c) / values.length;
    }
    case 'max': return values.reduce((a, b) => (Number.isNaN(a) || b > a ? b : a), NaN);
    case 'min': return values.reduce((a, b) => (Number.isNaN(a) || b < a ? b : a), NaN);
  }
}

/** rangeFunction computes a function over one series' samples in a range; null drops the series. */
function rangeFunction(fn: string, s: Sample[], m: Extract<Expr, { kind: 'matrix' }>, t: number): number | null {
  switch (fn) {
    case 'rate': return extrapolatedRate(s, m, t, true, true);
    case 'increase': return extrapolatedRate(s, m, t, true, false);
    case 'delta': return extrapolatedRate(s, m, t, false, false);
    case 'irate': {
      if (s.length < 2) return null;
      const last = s[s.length - 1];
      const prev = s[s.length - 2];
      const dv = last.v < prev.v ? last.v : last.v - prev.v;
      const dt = last.t - prev.t;
      return dt === 0 ? null : dv / (dt / 1000);
    }
    case 'avg_over_time': {
      if (s.length === 0) return null;
      // Prometheus' incremental mean with Kahan-Neumaier compensation.
      let mean = 0;
      let c = 0;
      let n = 0;
      for (const p of s) {
        n++;
        [mean, c] = kahanSumInc(p.v / n - mean / n, mean, c);
      }
      return mean + c;
    }
    case 'max_over_time': return s.length === 0 ? null : s.reduce((a, p) => (p.v > a || Number.isNaN(a) ? p.v : a), s[0].v);
    case 'min_over_time': return s.length === 0 ? null : s.reduce((a, p) => (p.v < a || Number.isNaN(a) ? p.v : a), s[0].v);
    case 'sum_over_time': return s.length === 0 ? null : s.reduce((a, p) => a + p.v, 0);
    case 'count_over_time': return s.length === 0 ? null : s.length;
    default: return null;
  }
}

/** extrapolatedRate is Prometheus 2.42's rate/increase/delta: counter resets, then extrapolation to the range's edges. */
function extrapolatedRate(s: Sample[], m: Extract<Expr, { kind: 'matrix' }>, t: number, isCounter: boolean, isRate: boolean): number | null {
  if (s.length < 2) return null;
  const rangeStart = t - (m.rangeMs + m.selector.offsetMs);
  const rangeEnd = t - m.selector.offsetMs;
  const first = s[0];
  const last = s[s.length - 1];
  let result = last.v - first.v;
  if (isCounter) {
    let lastValue = 0;
    for (const p of s) {
      if (p.v < lastValue) result += lastValue;
      lastValue = p.v;
    }
  }
  let durationToStart = (first.t - rangeStart) / 1000;
  const durationToEnd = (rangeEnd - last.t) / 1000;
  const sampledInterval = (last.t - first.t) / 1000;
  const averageDurationBetweenSamples = sampledInterval / (s.length - 1);
  if (isCounter && result > 0 && first.v >= 0) {
    const durationToZero = sampledInterval * (first.v / result);
    if (durationToZero < durationToStart) durationToStart = durationToZero;
  }
  const threshold = averageDurationBetweenSamples * 1.1;
  let extrapolateTo = sampledInterval;
  extrapolateTo += durationToStart < threshold ? durationToStart : averageDurationBetweenSamples / 2;
  extrapolateTo += durationToEnd < threshold ? durationToEnd : averageDurationBetweenSamples / 2;
  let factor = extrapolateTo / sampledInterval;
  if (isRate) factor /= m.rangeMs / 1000;
  return result * factor;
}

/** kahanSumInc adds inc to sum with Kahan-Neumaier compensation c, as Prometheus sums floats. */
function kahanSumInc(inc: number, sum: number, c: number): [number, number] {
  const t = sum + inc;
  c += Math.abs(sum) >= Math.abs(inc) ? sum - t + inc : inc - t + sum;
  return [t, c];
}
