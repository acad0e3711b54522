import { describe, expect, it } from 'vitest';
import { evaluate, parsePromql } from '../../../src/lab/promql';
import type { Series, Value } from '../../../src/lab/promql';

const S = 1000;

function run(text: string, series: Series[], t: number): Value {
  const r = parsePromql(text);
  if (!r.ok) throw new Error(r.error.message);
  return evaluate(r.expr, series, t);
}

function vec(text: string, series: Series[], t: number): { labels: Record<string, string>; v: number }[] {
  const v = run(text, series, t);
  if (v.type !== 'vector') throw new Error(`expected a vector, got ${v.type}`);
  return [...v.samples].sort((a, b) => JSON.stringify(a.labels).localeCompare(JSON.stringify(b.labels)));
}

function counter(name: string, labels: Record<string, string>, points: [number, number][]): Series {
  return { labels: { __name__: name, ...labels }, samples: points.map(([t, v]) => ({ t: t * S, v })) };
}

describe('evaluate', () => {
  it('adds the value before a counter reset back into increase and rate', () => {
    // 10, 20, (reset) 5, 15, 25 every 15 s: raw change 15, plus 20 lost at the reset = 35.
    const s = [counter('c', {}, [[0, 10], [15, 20], [30, 5], [45, 15], [60, 25]])];
    expect(vec('increase(c[1m])', s, 60 * S)[0].v).toBeCloseTo(35, 12);
    expect(vec('rate(c[1m])', s, 60 * S)[0].v).toBeCloseTo(35 / 60, 12);
  });

  it('extrapolates increase to the edges of the range when samples sit close to them', () => {
    // Samples at 5, 20, 35, 50 s (1..4); range [0, 60]: 45 s sampled, 5 s and 10 s to the edges
    // are both under 1.1 x the 15 s spacing, so the change of 3 is scaled by 60/45.
    const s = [counter('c', {}, [[5, 1], [20, 2], [35, 3], [50, 4]])];
    expect(vec('increase(c[1m])', s, 60 * S)[0].v).toBeCloseTo(4, 12);
  });

  it('does not extrapolate a counter below zero', () => {
    // Starts at 2 and rises by 2 per 15 s: zero lies 15 s before the first sample, so the start
    // is extrapolated by at most that (here the gap to the range start, 5 s, is smaller anyway).
    const s = [counter('c', {}, [[20, 2], [35, 4], [50, 6]])];
    // range [0,60]: durationToStart 20 s >= 16.5 s threshold -> half a spacing (7.5 s); zero point 30*(2/4)=15 s;
    // min(20, 15) = 15 first, then 15 < 16.5 so +15; end 10 s < 16.5 so +10 -> 4 * (30+15+10)/30.
    expect(vec('increase(c[1m])', s, 60 * S)[0].v).toBeCloseTo((4 * 55) / 30, 12);
  });

  it('drops a series with fewer than two samples in the range from rate', () => {
    const s = [counter('c', { a: '1' }, [[50, 3]]), counter('c', { a: '2' }, [[30, 1], [45, 2]])];
    expect(vec('rate(c[1m])', s, 60 * S).map((x) => x.labels)).toEqual([{ a: '2' }]);
  });

  it('selects the latest sample within five minutes and nothing older', () => {
    const s = [counter('g', {}, [[0, 7]])];
    expect(vec('g', s, 300 * S)).toEqual([{ labels: { __name__: 'g' }, v: 7 }]);
    expect(vec('g', s, 301 * S)).toEqual([]);
  });

  it('computes the _over_time functions over the samples inside the range only', () => {
    const s = [counter('g', {}, [[0, 100], [15, 1], [30, 4], [45, 2], [60, 5]])];
    // [15, 60] holds 1, 4, 2, 5 with a 45 s range at t=60
    expect(vec('max_over_time(g[45s])', s, 60 * S)[0].v).toBe(5);
    expect(vec('min_over_time(g[45s])', s, 60 * S)[0].v).toBe(1);
    expect(vec('avg_over_time(g[45s])', s, 60 * S)[0].v).toBe(3);
  });

  it('aggregates by a label and without a label, dropping the metric name', () => {
    const s = [
      counter('in_use', { db: 'a', pod: '1' }, [[0, 3]]),
      counter('in_use', { db: 'a', pod: '2' }, [[0, 4]]),
      counter('in_use', { db: 'b', pod: '1' }, [[0, 10]]),
    ];
    expect(vec('sum by (db) (in_use)', s, 0)).toEqual([{ labels: { db: 'a' }, v: 7 }, { labels: { db: 'b' }, v: 10 }]);
    expect(vec('max without (db) (in_use)', s, 0)).toEqual([{ labels: { pod: '1' }, v: 10 }, { labels: { pod: '2' }, v: 4 }]);
    expect(vec('count(in_use)', s, 0)).toEqual([{ labels: {}, v: 3 }]);
  });

  it('matches vectors on all labels but the name, keeps the name on comparison filters and drops it on arithmetic', () => {
    const s = [
      counter('in_use', { db: 'a' }, [[0, 9]]),
      counter('in_use', { db: 'b' }, [[0, 1]]),
      counter('max_open', { db: 'a' }, [[0, 10]]),
      counter('max_open', { db: 'b' }, [[0, 10]]),
    ];
    expect(vec('in_use / max_open', s, 0)).toEqual([{ labels: { db: 'a' }, v: 0.9 }, { labels: { db: 'b' }, v: 0.1 }]);
    expect(vec('in_use / max_open > 0.8', s, 0)).toEqual([{ labels: { db: 'a' }, v: 0.9 }]);
    expect(vec('in_use > 5', s, 0)).toEqual([{ labels: { __name__: 'in_use', db: 'a' }, v: 9 }]);
    expect(vec('in_use > bool 5', s, 0)).toEqual([{ labels: { db: 'a' }, v: 1 }, { labels: { db: 'b' }, v: 0 }]);
  });

  it('applies and / unless / or on label signatures', () => {
    const s = [
      counter('x', { db: 'a' }, [[0, 1]]),
      counter('x', { db: 'b' }, [[0, 2]]),
      counter('y', { db: 'b' }, [[0, 3]]),
      counter('y', { db: 'c' }, [[0, 4]]),
    ];
    expect(vec('x and y', s, 0).map((e) => e.labels.db)).toEqual(['b']);
    expect(vec('x unless y', s, 0).map((e) => e.labels.db)).toEqual(['a']);
    expect(vec('x or y', s, 0).map((e) => `${e.labels.__name__}/${e.labels.db}`).sort()).toEqual(['x/a', 'x/b', 'y/c']);
  });

  it('refuses one-to-one matching when one side has duplicate series for a match group', () => {
    const s = [
      counter('x', { db: 'a', pod: '1' }, [[0, 1]]),
      counter('y', { db: 'a', pod: '1' }, [[0, 1]]),
      counter('y', { db: 'a', pod: '2' }, [[0, 1]]),
    ];
    expect(() => run('x / on(db) y', s, 0)).toThrow(/many-to-many matching not allowed/);
  });
});
