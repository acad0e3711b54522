import { describe, expect, it } from 'vitest';
import { and64, or64, xor64, andNot64, shr64k } from '../../../src/go/runtime/int.ts';
import { add64, mul64, sub64, addU64, subU64, mulU64, quo64, rem64, neg64, convInt, shl64, shr64, bit64, compl64, wrapSmall } from '../../../src/go/runtime/int.ts';

describe('int64 arithmetic', () => {
  it('wraps MaxInt64 + 1 to MinInt64 and keeps safe results as numbers', () => {
    expect(add64(9223372036854775807n, 1)).toBe(-9223372036854775808n);
    expect(add64(2, 3)).toBe(5);
    expect(add64(9007199254740991, 1)).toBe(9007199254740992n);
    expect(sub64(9007199254740992n, 1)).toBe(9007199254740991);
  });
  it('multiplies with exact 64-bit wrap-around', () => {
    expect(mul64(4294967296, 4294967296)).toBe(0);
    expect(mul64(3037000500, 3037000500)).toBe(-9223372036709301616n);
  });
  it('divides truncating toward zero and keeps the dividend sign in remainders', () => {
    expect(quo64(-7, 2, false)).toBe(-3);
    expect(rem64(-7, 2)).toBe(-1);
    expect(quo64(-9223372036854775808n, -1, false)).toBe(-9223372036854775808n);
    expect(Object.is(rem64(-4, 2), -0)).toBe(false);
  });
  it('wraps uint64 below zero to 2^64-1', () => {
    expect(subU64(0, 1)).toBe(18446744073709551615n);
    expect(addU64(18446744073709551615n, 1)).toBe(0);
    expect(mulU64(18446744073709551615n, 2)).toBe(18446744073709551614n);
    expect(neg64(1, true)).toBe(18446744073709551615n);
  });
  it('shifts and masks like Go', () => {
    expect(shl64(1, 63, false)).toBe(-9223372036854775808n);
    expect(shl64(1, 64, false)).toBe(0);
    expect(shr64(-8, 1, false)).toBe(-4);
    expect(shr64(-1, 100, false)).toBe(-1);
    expect(bit64('&^', 0b1111, 0b0101, false)).toBe(0b1010);
    expect(bit64('|', 4294967296, 1, false)).toBe(4294967297);
    expect(compl64(0, false)).toBe(-1);
  });
});

describe('specialised 64-bit bit operations', () => {
  it('agree with BigInt arithmetic beyond the int32 fast path', () => {
    const cases: [number | bigint, number | bigint][] = [[5, 3], [-1, 4294967296], [2 ** 40 + 7, -(2 ** 33)], [9223372036854775807n, -2]];
    for (const [a, b] of cases) {
      const A = BigInt(a), B = BigInt(b);
      const n = (x: bigint) => (x >= -9007199254740991n && x <= 9007199254740991n ? Number(x) : x);
      expect(and64(a, b, false)).toBe(n(BigInt.asIntN(64, A & B)));
      expect(or64(a, b, false)).toBe(n(BigInt.asIntN(64, A | B)));
      expect(xor64(a, b, false)).toBe(n(BigInt.asIntN(64, A ^ B)));
      expect(andNot64(a, b, false)).toBe(n(BigInt.asIntN(64, A & ~B)));
    }
    expect(and64(18446744073709551615n, 255, true)).toBe(255);
    expect(shr64k(-9, 1, false)).toBe(-5);
    expect(shr64k(2 ** 50 + 3, 3, false)).toBe(140737488355328);
    expect(shr64k(18446744073709551615n, 60, true)).toBe(15);
  });
});

describe('sized integer conversions', () => {
  it('truncates to the target width with sign extension', () => {
    expect(convInt('int8', 200)).toBe(-56);
    expect(convInt('uint8', -1)).toBe(255);
    expect(convInt('int32', 2147483648)).toBe(-2147483648);
    expect(convInt('uint32', -1)).toBe(4294967295);
    expect(convInt('int16', 9223372036854775807n)).toBe(-1);
    expect(convInt('uint64', -1)).toBe(18446744073709551615n);
    expect(convInt('int', 3.9)).toBe(3);
    expect(wrapSmall('uint16', 65536 + 7)).toBe(7);
  });
});
