import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nearestRank, selectInPlace } from '../../src/lab/select.ts';

describe('selectInPlace and nearestRank', () => {
  it('give the value a sort puts at the index, for any values, duplicates included', () => {
    fc.assert(fc.property(
      fc.array(fc.oneof(fc.double({ min: 0, max: 1e4, noNaN: true }), fc.constantFrom(0, 1, 4.37, 40.2)), { minLength: 1, maxLength: 300 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      (values, p) => {
        const sorted = Float64Array.from(values).sort();
        const k = Math.min(values.length - 1, Math.floor(p * values.length));
        const a = Float64Array.from(values);
        expect(selectInPlace(a, k)).toBe(sorted[k]);
        // the array is only reordered
        expect(Float64Array.from(a).sort()).toEqual(sorted);
        const b = Float64Array.from(values);
        expect(nearestRank(b, 0.5)).toBe(sorted[Math.min(values.length - 1, Math.floor(0.5 * values.length))]);
        expect(nearestRank(b, 0.99)).toBe(sorted[Math.min(values.length - 1, Math.floor(0.99 * values.length))]);
      },
    ), { numRuns: 400 });
  });

  it('answers null for no values and the value itself for one', () => {
    expect(nearestRank(new Float64Array(0), 0.99)).toBeNull();
    expect(nearestRank(Float64Array.of(7.5), 0.5)).toBe(7.5);
  });

  it('handles sorted, reversed and constant windows of a scrape size', () => {
    const n = 7500;
    const up = Float64Array.from({ length: n }, (_, i) => i / 10);
    const down = Float64Array.from({ length: n }, (_, i) => (n - i) / 10);
    const flat = new Float64Array(n).fill(4.37);
    expect(nearestRank(up, 0.99)).toBe(742.5);
    expect(nearestRank(down, 0.5)).toBe(375.1);
    expect(nearestRank(flat, 0.99)).toBe(4.37);
  });
});
