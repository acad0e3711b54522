import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/sim/rng';
import { Second } from '../../src/sim/time';
import { ArrivalStream, arrivals, rateAt, roundSignificant, sampleLatency } from '../../src/lab/workload';

function countBetween(a: Float64Array, fromSec: number, toSec: number): number {
  let n = 0;
  for (const t of a) if (t >= fromSec * Second && t < toSec * Second) n++;
  return n;
}

describe('arrivals', () => {
  it('keeps a steady 500 requests/s within 2% over ten minutes', () => {
    const a = arrivals({ kind: 'steady', rps: 500 }, 600, new Rng(7));
    expect(Math.abs(a.length / 600 - 500) / 500).toBeLessThan(0.02);
  });

  it('returns ascending times inside the run', () => {
    const a = arrivals({ kind: 'steady', rps: 50 }, 60, new Rng(3));
    for (let i = 1; i < a.length; i++) expect(a[i]).toBeGreaterThanOrEqual(a[i - 1]);
    expect(a[a.length - 1]).toBeLessThan(60 * Second);
  });

  it('ramps: the last minute carries about (from+to)/2... of its own rate, the first minute the start rate', () => {
    const a = arrivals({ kind: 'ramp', fromRps: 100, toRps: 900 }, 600, new Rng(11));
    // expected count over [0,60): integral of 100 + 800 t/600 = 6000 + 2400 = 8400
    expect(Math.abs(countBetween(a, 0, 60) - 8400) / 8400).toBeLessThan(0.03);
    // over [540,600): 60*100 + 800*(600^2-540^2)/(2*600) = 6000 + 45600 = 51600
    expect(Math.abs(countBetween(a, 540, 600) - 51600) / 51600).toBeLessThan(0.02);
    expect(Math.abs(a.length - 300_000) / 300_000).toBeLessThan(0.02);
  });

  it('bursts at the end of each period at the burst rate', () => {
    const shape = { kind: 'burst' as const, baseRps: 100, burstRps: 1000, everySec: 60, burstSec: 10 };
    expect(rateAt(shape, 49.9, 600)).toBe(100);
    expect(rateAt(shape, 50, 600)).toBe(1000);
    const a = arrivals(shape, 600, new Rng(5));
    let inBursts = 0;
    for (let p = 0; p < 10; p++) inBursts += countBetween(a, p * 60 + 50, p * 60 + 60);
    expect(Math.abs(inBursts - 100_000) / 100_000).toBeLessThan(0.02);
    expect(Math.abs(a.length - inBursts - 50_000) / 50_000).toBeLessThan(0.03);
  });

  it('replays exactly from the same seed and differs with another', () => {
    const shape = { kind: 'steady' as const, rps: 20 };
    expect(arrivals(shape, 30, new Rng(1))).toEqual(arrivals(shape, 30, new Rng(1)));
    expect(arrivals(shape, 30, new Rng(2))).not.toEqual(arrivals(shape, 30, new Rng(1)));
  });
});

describe('sampleLatency', () => {
  it('draws a lognormal whose median and 99th percentile match the model', () => {
    const rng = new Rng(9);
    const xs = Array.from({ length: 40_000 }, () => sampleLatency({ medianMs: 5, p99Ms: 50, slowShare: 0, slowMs: 0 }, rng)).sort((a, b) => a - b);
    expect(xs[20_000] / 1e6).toBeGreaterThan(4.8);
    expect(xs[20_000] / 1e6).toBeLessThan(5.2);
    expect(xs[39_600] / 1e6).toBeGreaterThan(45);
    expect(xs[39_600] / 1e6).toBeLessThan(55);
  });

  it('makes the configured share of queries slow', () => {
    const rng = new Rng(4);
    let slow = 0;
    for (let i = 0; i < 20_000; i++) if (sampleLatency({ medianMs: 2, p99Ms: 4, slowShare: 0.05, slowMs: 3000 }, rng) === 3000e6) slow++;
    expect(Math.abs(slow / 20_000 - 0.05)).toBeLessThan(0.005);
  });
});

describe('ArrivalStream', () => {
  it('draws the same arrivals one at a time as arrivals() does at once, then Infinity', () => {
    const shape = { kind: 'burst' as const, baseRps: 30, burstRps: 300, everySec: 20, burstSec: 5 };
    const all = arrivals(shape, 60, new Rng(8));
    const stream = new ArrivalStream(shape, 60, new Rng(8));
    const one: number[] = [];
    for (let at = stream.next(); at !== Infinity; at = stream.next()) one.push(at);
    expect(one).toEqual(Array.from(all));
    expect(one.length).toBeGreaterThan(3000);
    expect(stream.next()).toBe(Infinity);
  });
});

describe('roundSignificant', () => {
  it('keeps three significant digits of a duration in nanoseconds', () => {
    expect(roundSignificant(4_372_118)).toBe(4_370_000);
    expect(roundSignificant(40_159_999)).toBe(40_200_000);
    expect(roundSignificant(123_456_789)).toBe(123_000_000);
    expect(roundSignificant(999)).toBe(999);
    expect(roundSignificant(1_234)).toBe(1_230);
    expect(roundSignificant(0)).toBe(0);
  });

  it('leaves sampleLatency a few thousand distinct query times over 300 000 draws', () => {
    const rng = new Rng(2);
    const seen = new Set<number>();
    for (let i = 0; i < 300_000; i++) seen.add(sampleLatency({ medianMs: 4, p99Ms: 40, slowShare: 0, slowMs: 0 }, rng));
    expect(seen.size).toBeLessThan(5_000);
    for (const ns of seen) expect(roundSignificant(ns)).toBe(ns);
  });
});
