import { describe, expect, it } from 'vitest';
import { append, append1, copySlice, fromArray, sget, sliceExpr, toArray, mkSlice } from '../../../src/go/runtime/slice.ts';
import { GoPanic, RuntimeError } from '../../../src/go/runtime/panic.ts';
import '../../../src/go/runtime/runtime.ts';

const z = () => 0;
function panicText(f: () => unknown): string {
  try { f(); } catch (e) { if (e instanceof GoPanic) return (e.value!.v as RuntimeError).Error(); throw e; }
  return 'no panic';
}

describe('slices', () => {
  it('grows capacity like Go: 1, 2, 4, 8 for ints', () => {
    let s = null;
    const caps: number[] = [];
    for (let i = 0; i < 5; i++) { s = append1(s as never, i, 8, z); caps.push(s.c); }
    expect(caps).toEqual([1, 2, 4, 4, 8]);
  });
  it('shares the backing array while capacity lasts (append aliasing)', () => {
    const base = mkSlice(3, 10, z);
    const a = append1(base, 1, 8, z);
    const b = append1(base, 2, 8, z);
    expect(sget(a, 3)).toBe(2);
    expect(sget(b, 3)).toBe(2);
  });
  it('reports index out of range with Go text', () => {
    expect(panicText(() => sget(fromArray([1, 2, 3]), 5))).toBe('runtime error: index out of range [5] with length 3');
  });
  it('slices within capacity and rejects beyond it', () => {
    const s = mkSlice(2, 5, z);
    expect(sliceExpr(s, 1, 4, undefined)!.l).toBe(3);
    expect(panicText(() => sliceExpr(s, 0, 6, undefined))).toBe('runtime error: slice bounds out of range [:6] with capacity 5');
  });
  it('copy handles overlapping ranges', () => {
    const s = fromArray([1, 2, 3, 4, 5]);
    copySlice(sliceExpr(s, 1, undefined, undefined), s);
    expect(toArray(s)).toEqual([1, 1, 2, 3, 4]);
    expect(append(null, [], 8, z)).toBeNull();
  });
});
