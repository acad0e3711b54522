import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/sim/rng.ts';

describe('Rng', () => {
  it('same seed gives the same sequence, another seed another', () => {
    const a = new Rng(7);
    const b = new Rng(7);
    const c = new Rng(8);
    const sa = Array.from({ length: 8 }, () => a.uint32());
    expect(Array.from({ length: 8 }, () => b.uint32())).toEqual(sa);
    expect(Array.from({ length: 8 }, () => c.uint32())).not.toEqual(sa);
  });

  it('float is in [0,1) and int(n) in [0,n), roughly uniform', () => {
    const r = new Rng(3);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 40000; i++) {
      const f = r.float();
      expect(f >= 0 && f < 1).toBe(true);
      counts[r.int(4)]!++;
    }
    for (const c of counts) expect(Math.abs(c - 10000)).toBeLessThan(500);
  });

  it('fork streams depend on seed and label, not on how much the parent was used', () => {
    const a = new Rng(5);
    const f1 = a.fork('scheduler');
    for (let i = 0; i < 100; i++) a.uint32();
    const f2 = a.fork('scheduler');
    expect(f1.uint32()).toBe(f2.uint32());
    const g = new Rng(5).fork('pool');
    const h = new Rng(5).fork('scheduler');
    const parent = new Rng(5);
    const gs = Array.from({ length: 5 }, () => g.uint32());
    expect(Array.from({ length: 5 }, () => h.uint32())).not.toEqual(gs);
    expect(Array.from({ length: 5 }, () => parent.uint32())).not.toEqual(gs);
  });

  it('int rejects a non-positive bound', () => {
    expect(() => new Rng(1).int(0)).toThrow(RangeError);
  });
});
