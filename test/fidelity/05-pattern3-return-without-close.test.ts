import { describe, expect, it } from 'vitest';
import { background, withTimeout, type Context } from '../../src/sim/context.ts';
import { Millisecond, Second } from '../../src/sim/time.ts';
import type { GoError } from '../../src/sim/errors.ts';
import type { DB } from '../../src/pool/db.ts';
import type { Rows } from '../../src/pool/rows.ts';
import { GT, expectMatches, loadTrace } from './gt.ts';

const trace = loadTrace('05-pattern3-return-without-close');

/** getUsers is the program's buggy function: it returns on a Scan error without rows.Close(). */
function* getUsers(ctx: Context, db: DB, useCtx: boolean): Generator<unknown, [number, GoError | null], unknown> {
  let rows: Rows | null;
  let err: GoError | null;
  if (useCtx) [rows, err] = yield* db.queryContext(ctx, 'SELECT id, name FROM users ORDER BY id');
  else [rows, err] = yield* db.query('SELECT id, name FROM users ORDER BY id');
  if (err) return [0, err];
  let n = 0;
  while (yield* rows!.next()) {
    const serr = rows!.scan({ kind: 'int', set: () => {} }, { kind: 'int', set: () => {} });
    if (serr) return [n, serr];
    n++;
  }
  return [n, yield* rows!.close()];
}

describe('fidelity 05-pattern3-return-without-close', () => {
  it('replays an early return on a Scan error: one leaked conn per call, healed only by a cancelled ctx', async () => {
    const gt = await GT.create();
    gt.run(function* (gt) {
      gt.variant('A-db.Query-no-ctx');
      let db = gt.open();
      db.setMaxOpenConns(5);
      for (let i = 1; i <= 5; i++) gt.err('getUsers', (yield* getUsers(background(gt.world), db, false))[1], i);
      yield* gt.snap('after-5-calls', db);
      const [ctx, cancel] = withTimeout(background(gt.world), Second);
      const [, err] = yield* getUsers(ctx, db, true);
      cancel();
      gt.err('6th-call-1s-timeout', err);
      yield* gt.snap('after-6th', db);
      yield* db.close();
      yield* gt.killAppConns();

      gt.variant('B-QueryContext-with-defer-cancel');
      db = gt.open();
      db.setMaxOpenConns(5);
      for (let i = 1; i <= 10; i++) {
        const [c, cancelC] = withTimeout(background(gt.world), 2 * Second);
        gt.err('getUsers', (yield* getUsers(c, db, true))[1], i);
        cancelC();
      }
      yield* gt.snap('after-10-calls', db);
      yield* gt.world.sleep(300 * Millisecond);
      yield* gt.snap('after-10-calls+300ms', db);
      yield* db.close();
      yield* gt.killAppConns();
    });
    expectMatches(gt, trace);
    expect(trace.results['scan_error']).toBe('sql: Scan error on column index 1, name "name": converting driver.Value type []uint8 ("user01") to a int: invalid syntax');
  });
});
