import { describe, expect, it } from 'vitest';
import { background, withTimeout } from '../../src/sim/context.ts';
import { Second } from '../../src/sim/time.ts';
import type { GoError } from '../../src/sim/errors.ts';
import type { Rows } from '../../src/pool/rows.ts';
import { GT, expectMatches, loadTrace } from './gt.ts';

const trace = loadTrace('02-pattern1-full-iteration-no-close');

describe('fidelity 02-pattern1-full-iteration-no-close', () => {
  it('replays 10 full iterations without Close: Next()==false releases the conn, one Sleep session', async () => {
    const gt = await GT.create();
    const counts: number[][] = [];
    gt.run(function* (gt) {
      for (const withCtx of [false, true]) {
        gt.variant(withCtx ? 'B-QueryContext-2s-never-cancelled' : 'A-db.Query');
        const db = gt.open();
        db.setMaxOpenConns(5);
        const c: number[] = [];
        for (let i = 1; i <= 10; i++) {
          let n = 0;
          let rows: Rows | null;
          let err: GoError | null;
          if (withCtx) {
            const [ctx] = withTimeout(background(gt.world), 2 * Second);
            [rows, err] = yield* db.queryContext(ctx, 'SELECT id, name, email FROM users ORDER BY id');
          } else {
            [rows, err] = yield* db.query('SELECT id, name, email FROM users ORDER BY id');
          }
          if (!err) while (yield* rows!.next()) n++;
          if (err) gt.err('query', err, i);
          c.push(n);
        }
        counts.push(c);
        yield* gt.snap('after-10-calls', db);
        yield* db.close();
        yield* gt.killAppConns();
      }
    });
    expectMatches(gt, trace);
    expect(counts).toEqual([Array(10).fill(50), Array(10).fill(50)]);
  });
});
