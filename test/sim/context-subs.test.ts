import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { World } from '../../src/sim/world.ts';
import { background, withCancel, type Context, type DoneListener } from '../../src/sim/context.ts';

// A cancel context keeps its first two watchers in fields and the rest in an array (then a Set): whatever the
// mix of subscriptions and removals, the ones left must run once each, in subscription order.
describe('a cancel context runs its watchers in subscription order', () => {
  it('matches a plain list model for random subscribe / unsubscribe sequences', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('listen' as const), who: fc.integer({ min: 0, max: 5 }) }),
      fc.record({ kind: fc.constant('onDone' as const) }),
      fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const world = new World({ seed: 1 });
        const [ctx, cancel] = withCancel(background(world));
        const ran: string[] = [];
        const listeners: DoneListener[] = Array.from({ length: 6 }, (_, i) => ({ ctxDone: (c: Context) => { expect(c).toBe(ctx); ran.push(`l${i}`); } }));
        // model: the live subscriptions in order, each with how to drop it
        const model: { name: string; drop: () => void; listener?: DoneListener }[] = [];
        let n = 0;
        for (const o of ops) {
          if (o.kind === 'listen') {
            const l = listeners[o.who]!;
            expect(ctx.listen!(l)).toBe(true);
            model.push({ name: `l${o.who}`, drop: () => ctx.unlisten!(l), listener: l });
          } else if (o.kind === 'onDone') {
            const name = `f${n++}`;
            const unsub = ctx.onDone(() => ran.push(name));
            model.push({ name, drop: unsub });
          } else if (model.length > 0) {
            const i = o.at % model.length;
            const m = model[i]!;
            m.drop();
            // unlisten drops the first subscription of that listener; an unsubscribe drops exactly its own
            const j = m.listener ? model.findIndex((x) => x.listener === m.listener) : i;
            model.splice(j, 1);
          }
        }
        cancel();
        expect(ran).toEqual(model.map((m) => m.name));
        cancel();
        expect(ran.length).toBe(model.length);
      }),
      { numRuns: 500 },
    );
  });
});
