// %f with a precision below 100 stays in the go:float chunk without BigInt (src/go/std/format/float-text.ts): toFixed
// for every value but exact ties, which it reads from toFixed(prec + 1) and rounds half to even, as Go's strconv
// does (decimal.go's shouldRoundUp). Checked against an exact BigInt reference on values n / 2^j, where ties are
// common, with the rare forms (the BigInt path) unloaded.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { formatFloat } from '../../../src/go/std/format/float.ts';
import { floatHook } from '../../../src/go/std/format/float-hook.ts';
import { lateCount } from '../../../src/go/syntax/late-keys.ts';

const full = { ...floatHook };
afterEach(() => { Object.assign(floatHook, full); });

/** reference is n / 2^j printed with prec decimals, rounded half to even, from its exact decimal expansion n × 5^j / 10^j. */
function reference(n: bigint, j: number, prec: number): string {
  const neg = n < 0n;
  const a = (neg ? -n : n) * 5n ** BigInt(j); // value × 10^j
  let q: bigint;
  if (prec >= j) q = a * 10n ** BigInt(prec - j);
  else {
    const div = 10n ** BigInt(j - prec);
    q = a / div;
    const r = a % div;
    if (r * 2n > div || (r * 2n === div && q % 2n === 1n)) q++;
  }
  const s = q.toString().padStart(prec + 1, '0');
  const body = prec === 0 ? s : s.slice(0, s.length - prec) + '.' + s.slice(s.length - prec);
  return (neg ? '-' : '') + body;
}

describe('%f without the rare forms', () => {
  it('rounds n / 2^j to any precision as the exact expansion does, ties to even', () => {
    floatHook.exact = undefined;
    const before = lateCount();
    fc.assert(fc.property(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }).filter((n) => n !== 0), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 24 }), (n, j, prec) => {
      const v = n / 2 ** j;
      expect(formatFloat(v, 'f', prec)).toBe(reference(BigInt(n), j, prec));
    }), { numRuns: 3000 });
    expect(lateCount()).toBe(before);
  });

  it('hits exact ties often in that sample (the case toFixed alone gets wrong)', () => {
    // 2.5 → "2", 0.125 → "0.12", 1.375 → "1.38": toFixed would give 3, 0.13, 1.38
    expect([formatFloat(2.5, 'f', 0), formatFloat(0.125, 'f', 2), formatFloat(1.375, 'f', 2), formatFloat(-0.5, 'f', 0)]).toEqual(['2', '0.12', '1.38', '-0']);
    expect((2.5).toFixed(0)).toBe('3');
  });
});
