// parseFormat's op structure: what go-back's fmt consumes (argument indexes, flags, width, precision).
import { describe, expect, it } from 'vitest';
import { newSpec, parseFormat, type FormatOp } from '../../../src/go/std/format/index.ts';

const ints = (...vals: (number | null)[]) => ({ count: vals.length, intAt: (i: number) => vals[i] });

describe('parseFormat', () => {
  it('splits literal text and verbs, numbering operands in order', () => {
    expect(parseFormat('a=%d, b=%s!', ints(1, null))).toEqual<FormatOp[]>([
      { kind: 'text', text: 'a=' },
      { kind: 'verb', verb: 'd', spec: newSpec(), arg: 0 },
      { kind: 'text', text: ', b=' },
      { kind: 'verb', verb: 's', spec: newSpec(), arg: 1 },
      { kind: 'text', text: '!' },
    ]);
  });

  it('moves + and # to plusV and sharpV for %v and %w only', () => {
    const [v, d, w] = parseFormat('%+#v%+#d%+w', ints(1, 2, 3)).filter((o) => o.kind === 'verb') as Extract<FormatOp, { kind: 'verb' }>[];
    expect([v.spec.plus, v.spec.sharp, v.spec.plusV, v.spec.sharpV]).toEqual([false, false, true, true]);
    expect([d.spec.plus, d.spec.sharp, d.spec.plusV, d.spec.sharpV]).toEqual([true, true, false, false]);
    expect([w.verb, w.spec.plusV, w.arg]).toEqual(['w', true, 2]);
  });

  it('reads width and precision from literals and from * operands (negative width means left-justify)', () => {
    expect(parseFormat('%*.*f', ints(null, null, null)).filter((o) => o.kind === 'text').map((o) => (o as { text: string }).text)).toEqual(['%!(BADWIDTH)%!(BADPREC)']);
    const ops = parseFormat('%-8.3f|%*.*f|%*d', ints(null, 6, 2, null, -4, 7)).filter((o) => o.kind === 'verb') as Extract<FormatOp, { kind: 'verb' }>[];
    expect(ops.map((o) => [o.spec.width, o.spec.prec, o.spec.minus, o.arg])).toEqual([
      [8, 3, true, 0],
      [6, 2, false, 3],
      [4, -1, true, 5],
    ]);
  });

  it('uses explicit indexes and then continues from the one after', () => {
    const ops = parseFormat('%[2]d %d %[1]d', ints(1, 2, 3)).filter((o) => o.kind === 'verb') as Extract<FormatOp, { kind: 'verb' }>[];
    expect(ops.map((o) => o.arg)).toEqual([1, 2, 0]);
  });

  it('asks for %!(EXTRA ...) only when operands are left over and no index was used', () => {
    expect(parseFormat('%d', ints(1, 2, 3)).at(-1)).toEqual({ kind: 'extra', from: 1 });
    expect(parseFormat('%[1]d', ints(1, 2)).some((o) => o.kind === 'extra')).toBe(false);
  });

  it('decodes a multi-byte verb rune as one verb', () => {
    expect(parseFormat('%\xe2\x82\xac', ints(1))).toEqual([{ kind: 'verb', verb: '\xe2\x82\xac', spec: newSpec(), arg: 0 }]);
  });
});
