import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ResourceList } from '../../src/pool/resource-list.ts';

describe('ResourceList keeps what a Set would, in the same order', () => {
  it('matches a Set for random add / delete / has sequences (with squeezes of the holes)', () => {
    const op = fc.record({ kind: fc.constantFrom('add', 'add', 'delete', 'has'), who: fc.integer({ min: 0, max: 80 }) });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
        const objs = Array.from({ length: 81 }, (_, i) => ({ i, resSlot: -1 }));
        const list = new ResourceList<(typeof objs)[number]>();
        const model = new Set<(typeof objs)[number]>();
        for (const o of ops) {
          const x = objs[o.who]!;
          if (o.kind === 'add') {
            list.add(x);
            model.add(x);
          } else if (o.kind === 'delete') expect(list.delete(x)).toBe(model.delete(x));
          else expect(list.has(x)).toBe(model.has(x));
          expect(list.size).toBe(model.size);
        }
        expect([...list].map((x) => x.i)).toEqual([...model].map((x) => x.i));
        for (const x of objs) expect(list.has(x)).toBe(model.has(x));
      }),
      { numRuns: 300 },
    );
  });
});
