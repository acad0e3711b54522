import { describe, it } from 'vitest';
import { background, withCancel, withTimeout } from '../../src/sim/context.ts';
import { Millisecond, Second } from '../../src/sim/time.ts';
import { GT, expectMatches, loadTrace } from './gt.ts';

const trace = loadTrace('14-db-conn-leak');

describe('fidelity 14-db-conn-leak', () => {
  it('replays leaked db.Conn: the pool exhausts, waits time out after 1 s, ctx cancel does not release a Conn', async () => {
    const gt = await GT.create();
    gt.run(function* (gt) {
      gt.variant('A-3-leaked-Conns-then-4th-with-1s-timeout');
      let db = gt.open();
      db.setMaxOpenConns(3);
      for (let i = 1; i <= 3; i++) {
        const [c, err] = yield* db.connContext(db.bg());
        gt.err('db.Conn', err, i);
        const row = yield* c!.queryRowContext(db.bg(), 'SELECT 1');
        yield* row.scan({ kind: 'int', set: () => {} });
      }
      yield* gt.snap('after-3-leaked', db);
      let [ctx, cancel] = withTimeout(background(gt.world), Second);
      const [, e4] = yield* db.connContext(ctx);
      cancel();
      gt.err('4th-db.Conn-1s-timeout', e4);
      [ctx, cancel] = withTimeout(background(gt.world), Second);
      const [, eq] = yield* db.queryContext(ctx, 'SELECT 1');
      cancel();
      gt.err('QueryContext-1s-while-exhausted', eq);
      yield* gt.snap('after-4th', db);
      yield* db.close();
      yield* gt.killAppConns();

      gt.variant('B-Conn(ctx)-then-ctx-cancelled');
      db = gt.open();
      db.setMaxOpenConns(3);
      const [bctx, bcancel] = withCancel(background(gt.world));
      const [c, err] = yield* db.connContext(bctx);
      gt.err('db.Conn', err);
      bcancel();
      yield* gt.world.sleep(100 * Millisecond);
      yield* gt.snap('after-ctx-cancel+100ms', db);
      let x = 0;
      const r1 = yield* c!.queryRowContext(db.bg(), 'SELECT 1');
      gt.err('conn-query-after-cancel', yield* r1.scan({ kind: 'int', set: (v) => { x = Number(v); } }), x);
      yield* c!.close();
      yield* gt.snap('after-Close', db);
      const r2 = yield* c!.queryRowContext(db.bg(), 'SELECT 1');
      gt.err('query-on-closed-Conn', yield* r2.scan({ kind: 'int', set: () => {} }));
      yield* db.close();
      yield* gt.killAppConns();
    });
    expectMatches(gt, trace);
  });
});
