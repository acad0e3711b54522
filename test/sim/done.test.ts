import { describe, expect, it } from 'vitest';
import { DONE_FALSE, DONE_NULL, DONE_TRUE, doneWith } from '../../src/sim/done.ts';

describe('finished blocking calls', () => {
  it('yield* on them yields nothing and evaluates to their value, every time', () => {
    function* body(): Generator<unknown, unknown[], unknown> {
      const a = yield* DONE_TRUE;
      const b = yield* DONE_FALSE;
      const c = yield* DONE_NULL;
      const d = yield* doneWith('x');
      const e = yield* DONE_TRUE;
      return [a, b, c, d, e];
    }
    const g = body();
    expect(g.next()).toEqual({ value: [true, false, null, 'x', true], done: true });
  });

  it('driven by hand they report done with their value', () => {
    const d = doneWith(7);
    expect(d.next()).toEqual({ value: 7, done: true });
    expect(d.next()).toEqual({ value: 7, done: true });
    expect(d.return(3)).toEqual({ value: 3, done: true });
    expect(() => d.throw(new Error('boom'))).toThrow('boom');
  });
});
