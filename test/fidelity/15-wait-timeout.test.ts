import { describe, expect, it } from 'vitest';
import { Second } from '../../src/sim/time.ts';
import { GT, expectMatches, loadTrace } from './gt.ts';

const trace = loadTrace('15-wait-timeout');

function* program(gt: GT, variants: { name: string; dsn: string; life: number }[]) {
  yield* gt.monExec('SET GLOBAL wait_timeout=2');
  for (const v of variants) {
    gt.variant(v.name);
    const db = gt.open(v.dsn);
    db.setMaxOpenConns(5);
    if (v.life > 0) db.setConnMaxLifetime(v.life);
    let wt = '';
    const r1 = yield* db.queryRow('SELECT @@SESSION.wait_timeout');
    gt.err('first-query', yield* r1.scan({ kind: 'string', set: (x) => { wt = String(x); } }), { session_wait_timeout: wt });
    yield* gt.snap('after-first-query', db);
    yield* gt.world.sleep(3 * Second);
    yield* gt.snap('after-3s-idle', db);
    let n = 0;
    const r2 = yield* db.queryRow('SELECT COUNT(*) FROM users');
    const err = yield* r2.scan({ kind: 'int', set: (x) => { n = Number(x); } });
    gt.err('query-after-idle', err, { count: n });
    yield* gt.snap('after-query', db);
    if (err) {
      const r3 = yield* db.queryRow('SELECT COUNT(*) FROM users');
      gt.err('retry-query', yield* r3.scan({ kind: 'int', set: (x) => { n = Number(x); } }), n);
      yield* gt.snap('after-retry', db);
    }
    yield* db.close();
    yield* gt.killAppConns();
  }
}

describe('fidelity 15-wait-timeout', () => {
  it('replays a conn killed by wait_timeout=2: with liveness on (and with ConnMaxLifetime=1s) the next query succeeds', async () => {
    const gt = await GT.create();
    gt.run((gt) => program(gt, [
      { name: 'A-default-DSN(checkConnLiveness default)', dsn: '', life: 0 },
      { name: 'C-ConnMaxLifetime=1s', dsn: '', life: Second },
    ]));
    expectMatches(gt, trace, { variants: ['A-default-DSN(checkConnLiveness default)', 'C-ConnMaxLifetime=1s'] });
    // MySQL 8.0 (>= 8.0.24) writes error 4031 before closing an idle session, so the liveness check reads a
    // byte: `unexpected read from socket`. MariaDB 10.11 just closes, and the trace shows `connection reset by
    // peer` followed by COM_QUIT's `write: broken pipe` (packets.go:149). Variant C logs nothing on both.
    expect(gt.driver.logger.lines).toEqual(['[mysql] 2000/01/01 00:00:03 connection.go:706 closing bad idle connection: unexpected read from socket']);
  });

  it('with checkConnLiveness=false, MySQL 8.0 fails the first query with Error 4031 and the retry succeeds (MariaDB: silent retry)', async () => {
    const gt = await GT.create();
    gt.run((gt) => program(gt, [{ name: 'B-checkConnLiveness=false', dsn: 'checkConnLiveness=false', life: 0 }]));
    const errs = gt.events.filter((e) => e.kind === 'error').map((e) => [e.label, e.err!.error]);
    expect(errs).toEqual([
      ['first-query', '<nil>'],
      ['query-after-idle', 'Error 4031 (HY000): The client was disconnected by the server because of inactivity. See wait_timeout and interactive_timeout for configuring this behavior.'],
      ['retry-query', '<nil>'],
    ]);
    const after = gt.events.filter((e) => e.kind === 'snapshot').map((e) => [e.label, e.stats!.OpenConnections, e.stats!.Idle, e.server!.count]);
    expect(after).toEqual([['after-first-query', 1, 1, 1], ['after-3s-idle', 1, 1, 0], ['after-query', 0, 0, 0], ['after-retry', 1, 1, 1]]);
    expect(gt.driver.logger.lines).toEqual([]);
    // The recorded MariaDB run: COM_QUERY's write failed with nothing sent (errBadConnNoWrite), so database/sql
    // retried silently and the caller saw no error.
    expect(trace.results['B-checkConnLiveness=false/query_after_idle_error']).toBe('<nil>');
  });
});
