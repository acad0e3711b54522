import { describe, it } from 'vitest';
import { Millisecond } from '../../src/sim/time.ts';
import { GT, expectMatches, loadTrace } from './gt.ts';

const trace = loadTrace('11-lifetime');

describe('fidelity 11-lifetime', () => {
  it('replays ConnMaxLifetime/ConnMaxIdleTime on 3 idle conns: nothing closes before the cleaner\'s 1 s floor', async () => {
    const gt = await GT.create();
    gt.run(function* (gt) {
      const cfgs = [
        { name: 'A-lifetime300ms+idletime200ms', life: 300, idl: 200, reuseAt: 0 },
        { name: 'B-lifetime300ms-only', life: 300, idl: 0, reuseAt: 0 },
        { name: 'C-idletime200ms-only', life: 0, idl: 200, reuseAt: 0 },
        { name: 'D-lifetime300ms-only+reuse-at-500ms', life: 300, idl: 0, reuseAt: 500 },
      ];
      for (const c of cfgs) {
        gt.variant(c.name);
        const db = gt.open();
        db.setMaxOpenConns(10);
        db.setMaxIdleConns(10);
        db.setConnMaxLifetime(c.life * Millisecond);
        db.setConnMaxIdleTime(c.idl * Millisecond);
        for (let i = 0; i < 3; i++) {
          gt.go(`g${i}`, function* () {
            const row = yield* db.queryRow('SELECT SLEEP(0.05)');
            yield* row.scan({ kind: 'int', set: () => {} });
          });
        }
        yield* gt.waitAll();
        const t0 = gt.world.now();
        yield* gt.snap('released(t=0)', db);
        let reused = false;
        for (const at of [100, 250, 400, 600, 800, 950, 1050, 1200, 1500, 2100]) {
          if (c.reuseAt > 0 && !reused && at > c.reuseAt) {
            yield* gt.world.sleep(t0 + c.reuseAt * Millisecond - gt.world.now());
            const row = yield* db.queryRow('SELECT 1');
            gt.err('reuse-query', yield* row.scan({ kind: 'int', set: () => {} }));
            yield* gt.snap('after-reuse', db);
            reused = true;
          }
          yield* gt.world.sleep(t0 + at * Millisecond - gt.world.now());
          yield* gt.snap(`t=${at}ms`, db);
        }
        yield* db.close();
        yield* gt.killAppConns();
      }
    });
    expectMatches(gt, trace);
  });
});
