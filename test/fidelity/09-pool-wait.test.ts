import { describe, expect, it } from 'vitest';
import { Millisecond } from '../../src/sim/time.ts';
import { GT, expectMatches, loadTrace, startTimes } from './gt.ts';

const trace = loadTrace('09-pool-wait');

describe('fidelity 09-pool-wait', () => {
  it('replays MaxOpen=2 with 5 goroutines holding ~300 ms: WaitCount=3, WaitDuration ~1120 ms, not FIFO-dependent', async () => {
    const gt = await GT.create();
    const errs: string[] = [];
    gt.run(function* (gt) {
      for (const v of ['A-SELECT-SLEEP(0.3)', 'B-db.Conn-held-300ms']) {
        gt.variant(v);
        const db = gt.open();
        db.setMaxOpenConns(2);
        // The goroutines start when the real run started them (time.Sleep(10ms) overshot by ~1 ms each there):
        // that is the program's input, so the waits are compared, not the Go timer's jitter.
        const starts = startTimes(trace, v);
        const t0 = gt.world.now();
        for (let i = 0; i < 5; i++) {
          yield* gt.world.sleep(t0 + starts[i]! * Millisecond - gt.world.now());
          gt.go(`g${i + 1}`, function* () {
            if (v[0] === 'A') {
              const row = yield* db.queryRow('SELECT SLEEP(0.3)');
              const err = yield* row.scan({ kind: 'int', set: () => {} });
              if (err) errs.push(err.Error());
            } else {
              const [c, err] = yield* db.connContext(db.bg());
              if (err) { errs.push(err.Error()); return; }
              yield* gt.world.sleep(300 * Millisecond);
              yield* c!.close();
            }
          });
        }
        yield* gt.world.sleep(10 * Millisecond);
        yield* gt.world.sleep(100 * Millisecond);
        yield* gt.snap('while-waiting(+150ms)', db);
        yield* gt.waitAll();
        yield* gt.snap('after-all-finished', db);
        yield* db.close();
        yield* gt.killAppConns();
      }
    });
    expectMatches(gt, trace);
    expect(errs).toEqual([]);
  });
});
