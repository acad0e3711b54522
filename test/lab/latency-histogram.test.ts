import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from '../../src/lab/latency-histogram';
import { Rng } from '../../src/sim/rng';

/** exact is the nearest-rank quantile the lab's windows use: sorted[min(n-1, floor(p*n))]. */
function exact(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function bound(ms: number): number {
  return Math.max(0.0005, ms * 0.0005) + 1e-9;
}

describe('LatencyHistogram', () => {
  it('is empty until a duration is recorded', () => {
    const h = new LatencyHistogram();
    expect(h.quantileMs(0.99)).toBeNull();
    h.record(1_500_000);
    expect(h.count).toBe(1);
    expect(h.quantileMs(0.5)).toBeCloseTo(1.5005, 6);
  });

  it('answers p50, p90, p99 and p99.9 of lognormal latencies within 0.5 µs or 0.05 % of the exact nearest rank', () => {
    const rng = new Rng(21);
    const h = new LatencyHistogram();
    const ms: number[] = [];
    for (let i = 0; i < 50_000; i++) {
      const z = Math.sqrt(-2 * Math.log(1 - rng.float())) * Math.cos(2 * Math.PI * rng.float());
      const ns = Math.round(8e6 * Math.exp(1.1 * z)) + rng.int(1000);
      ms.push(ns / 1e6);
      h.record(ns);
    }
    for (const p of [0.5, 0.9, 0.99, 0.999]) {
      const want = exact(ms, p);
      expect(Math.abs(h.quantileMs(p)! - want), `p${p * 100}: ${h.quantileMs(p)} vs ${want}`).toBeLessThanOrEqual(bound(want));
    }
  });

  it('keeps the precision from microseconds to half an hour, bucket edges included', () => {
    for (const ns of [0, 999, 1_000, 2_047_999, 2_048_000, 2_049_999, 4_095_000, 4_096_000, 40_320_000, 600e9, 1800e9]) {
      const h = new LatencyHistogram();
      h.record(ns);
      const want = Math.floor(ns / 1000) / 1000; // whole microseconds, in ms
      expect(Math.abs(h.quantileMs(0.99)! - want), `${ns} ns`).toBeLessThanOrEqual(bound(want));
    }
  });

  it('counts ranks like the sorted array: one slow request in a hundred is the p99, not the p98', () => {
    const h = new LatencyHistogram();
    for (let i = 0; i < 99; i++) h.record(5e6);
    h.record(900e6);
    expect(h.quantileMs(0.98)).toBeLessThan(5.01);
    expect(h.quantileMs(0.99)).toBeGreaterThan(899);
  });
});
