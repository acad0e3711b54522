// Exact constants rounded to float64 and float32 (src/go/types/constant.ts): once, to nearest, ties to even,
// with subnormals and overflow, as math/big does for gc.
import { describe, expect, it } from 'vitest';
import { float32Const, floatRat, ratToFloat32, ratToNumber } from '../../../src/go/types/constant.ts';

const lit = (s: string) => floatRat(s)!;
const pow2 = (e: number): bigint => 2n ** BigInt(e);

describe('rounding exact constants to float64', () => {
  it('rounds a value just above a halfway point up (1e23+1), and 1e23 itself down', () => {
    expect(ratToNumber([10n ** 23n + 1n, 1n])).toBe(1.0000000000000001e23);
    expect(ratToNumber(lit('1e23'))).toBe(1e23);
    expect(1e23).not.toBe(1.0000000000000001e23);
  });
  it('breaks exact ties to the even mantissa', () => {
    expect(ratToNumber([pow2(53) + 1n, 1n])).toBe(2 ** 53);
    expect(ratToNumber([pow2(53) + 3n, 1n])).toBe(2 ** 53 + 4);
  });
  it('rounds into subnormals and to zero below half the smallest one', () => {
    expect(ratToNumber(lit('4.9e-324'))).toBe(5e-324);
    expect(ratToNumber(lit('2.4e-324'))).toBe(0);
    expect(ratToNumber([1n, pow2(1075)])).toBe(0); // exactly half of 2^-1074: ties to even
    expect(ratToNumber([3n, pow2(1076)])).toBe(5e-324);
  });
  it('keeps signs, fractions and the largest float64, and overflows to Infinity past it', () => {
    expect(ratToNumber([-7n, 2n])).toBe(-3.5);
    expect(ratToNumber([1n, 3n])).toBe(1 / 3);
    expect(ratToNumber(lit('1.7976931348623157e308'))).toBe(Number.MAX_VALUE);
    expect(ratToNumber(lit('1.8e308'))).toBe(Infinity);
    const [n, d] = lit('1.8e308');
    expect(ratToNumber([-n, d])).toBe(-Infinity);
  });
});

describe('rounding exact constants to float32', () => {
  const ulp32 = pow2(104), max32 = pow2(128) - ulp32;
  it('rounds once from the exact value: just under max32 + ulp32/2 is max32 (rounding via float64 gave +Inf)', () => {
    expect(ratToFloat32([max32 + ulp32 / 2n - 1n, 1n])).toBe(3.4028234663852886e38);
    expect(Math.fround(ratToNumber([max32 + ulp32 / 2n - 1n, 1n]))).toBe(Infinity);
    expect(ratToFloat32([max32 + ulp32 / 2n, 1n])).toBe(Infinity); // the tie goes to the even side: 2^128
  });
  it('agrees with Math.fround where float64 is exact, and handles float32 subnormals', () => {
    expect(ratToFloat32([1n, 10n])).toBe(Math.fround(0.1));
    expect(ratToFloat32([1n, pow2(149)])).toBe(2 ** -149);
    expect(ratToFloat32([1n, pow2(150)])).toBe(0);
    expect(ratToFloat32([3n, pow2(151)])).toBe(2 ** -149);
  });
  it('float32Const turns int and float constants into rounded float32 constants and leaves others alone', () => {
    expect(float32Const({ kind: 'int', value: pow2(24) + 1n })).toEqual({ kind: 'float', value: 2 ** 24 });
    expect(float32Const({ kind: 'float', value: 0.1 })).toEqual({ kind: 'float', value: Math.fround(0.1) });
    expect(float32Const({ kind: 'string', value: 'x' })).toEqual({ kind: 'string', value: 'x' });
  });
});
