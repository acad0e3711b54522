import { describe, it } from 'vitest';
import { Millisecond } from '../../src/sim/time.ts';
import { GT, expectMatches, loadTrace } from './gt.ts';

const trace = loadTrace('10-max-idle');

describe('fidelity 10-max-idle', () => {
  it('replays 10 concurrent SLEEP(0.2) with MaxIdle 2 / default / 0 / 10: closes happen at release', async () => {
    const gt = await GT.create();
    gt.run(function* (gt) {
      for (const [name, maxIdle] of [['A-MaxIdle=2', 2], ['B-MaxIdle-default(unset)', -2], ['C-MaxIdle=0', 0], ['D-MaxIdle=10', 10]] as const) {
        gt.variant(name);
        const db = gt.open();
        db.setMaxOpenConns(10);
        if (maxIdle !== -2) db.setMaxIdleConns(maxIdle);
        for (let i = 0; i < 10; i++) {
          gt.go(`g${i}`, function* () {
            const row = yield* db.queryRow('SELECT SLEEP(0.2)');
            yield* row.scan({ kind: 'int', set: () => {} });
          });
        }
        yield* gt.world.sleep(100 * Millisecond);
        yield* gt.snap('during(+100ms)', db);
        yield* gt.waitAll();
        yield* gt.snap('after-release', db);
        yield* gt.world.sleep(200 * Millisecond);
        yield* gt.snap('after-release+200ms', db);
        yield* db.close();
        yield* gt.killAppConns();
      }
    });
    expectMatches(gt, trace);
  });
});
