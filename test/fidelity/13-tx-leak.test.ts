import { describe, expect, it } from 'vitest';
import { background, withCancel, withTimeout } from '../../src/sim/context.ts';
import { Millisecond, Second } from '../../src/sim/time.ts';
import type { Tx } from '../../src/pool/tx.ts';
import { GT, expectMatches, loadTrace } from './gt.ts';

const trace = loadTrace('13-tx-leak');

describe('fidelity 13-tx-leak', () => {
  it('replays leaked transactions: InUse forever, 1205 on a locked row, rollback on ctx cancel and timeout', async () => {
    const gt = await GT.create();
    const trx: Record<string, number> = {};
    gt.run(function* (gt) {
      const trxCount = () => gt.monQueryInt('SELECT COUNT(*) FROM information_schema.INNODB_TRX');
      gt.variant('A-BeginTx(Background)-never-finished');
      let db = gt.open();
      db.setMaxOpenConns(3);
      for (let i = 1; i <= 3; i++) {
        const [tx, err] = yield* db.beginTx(db.bg());
        if (err) { gt.err('begin', err, i); continue; }
        const [, e] = yield* tx!.exec('UPDATE users SET name=name WHERE id=?', [BigInt(i)]);
        gt.err('update-in-tx', e, i);
      }
      yield* gt.snap('after-3-leaked-tx', db);
      trx.A = yield* trxCount();
      const [ctx, cancel] = withTimeout(background(gt.world), Second);
      const [, e4] = yield* db.beginTx(ctx);
      cancel();
      gt.err('4th-BeginTx-1s-timeout', e4);
      const db2 = gt.open();
      yield* db2.exec('SET SESSION innodb_lock_wait_timeout=1');
      const [c2] = yield* db2.connContext(db2.bg());
      yield* c2!.execContext(db2.bg(), 'SET SESSION innodb_lock_wait_timeout=1');
      const st = gt.world.now();
      const [, e5] = yield* c2!.execContext(db2.bg(), 'UPDATE users SET name=name WHERE id=1');
      gt.err('other-session-update-locked-row', e5, { elapsed_ms: (gt.world.now() - st) / Millisecond });
      trx.lockWaitMs = (gt.world.now() - st) / Millisecond;
      yield* c2!.close();
      yield* db2.close();
      yield* db.close();
      yield* gt.snap('after-db.Close()', db);
      yield* gt.killAppConns();
      trx.A_after_kill = yield* trxCount();

      gt.variant('B-BeginTx(ctx)-then-cancel');
      db = gt.open();
      db.setMaxOpenConns(3);
      const [bctx, bcancel] = withCancel(background(gt.world));
      const [btx, be] = yield* db.beginTx(bctx);
      gt.err('begin', be);
      gt.err('update-in-tx', (yield* btx!.exec('UPDATE users SET name=name WHERE id=1'))[1]);
      yield* gt.snap('before-cancel', db);
      trx.B_before = yield* trxCount();
      bcancel();
      yield* gt.world.sleep(50 * Millisecond);
      yield* gt.snap('cancel+50ms', db);
      trx.B_after = yield* trxCount();
      gt.err('tx.Commit-after-cancel', yield* btx!.commit());
      gt.err('tx.Rollback-after-cancel', yield* btx!.rollback());
      yield* db.close();
      yield* gt.killAppConns();

      gt.variant('C-BeginTx(500ms-timeout)-never-finished');
      db = gt.open();
      db.setMaxOpenConns(3);
      const [cctx] = withTimeout(background(gt.world), 500 * Millisecond);
      const [ctx2, ce] = yield* db.beginTx(cctx);
      gt.err('begin', ce);
      const tx2 = ctx2 as Tx;
      yield* tx2.exec('UPDATE users SET name=name WHERE id=2');
      yield* gt.world.sleep(400 * Millisecond);
      yield* gt.snap('t=400ms', db);
      trx.C_400 = yield* trxCount();
      yield* gt.world.sleep(200 * Millisecond);
      yield* gt.snap('t=600ms', db);
      trx.C_600 = yield* trxCount();
      gt.err('tx.Commit-after-timeout', yield* tx2.commit());
      yield* db.close();
      yield* gt.killAppConns();
    });
    expectMatches(gt, trace);
    expect(trx).toEqual({
      A: trace.results['A_INNODB_TRX'], lockWaitMs: 1000, A_after_kill: trace.results['A_INNODB_TRX_after_kill'],
      B_before: trace.results['B_INNODB_TRX_before_cancel'], B_after: trace.results['B_INNODB_TRX_cancel+50ms'],
      C_400: trace.results['C_INNODB_TRX_t400'], C_600: trace.results['C_INNODB_TRX_t600'],
    });
  });
});
