// MySQL's user-level locks on the simulated server: GET_LOCK's answers (1, 0 after its timeout, re-entrant),
// RELEASE_LOCK's (1, 0 for another session's lock, NULL for none), IS_FREE_LOCK / IS_USED_LOCK, RELEASE_ALL_LOCKS,
// a waiting GET_LOCK shown as "User lock" and woken by the release, and locks freed when a session ends.
import { describe, expect, it } from 'vitest';
import { Second } from '../../src/sim/time.ts';
import { ZERO_LATENCY } from '../../src/mysql/latency-model.ts';
import { cmd, login, newServer, q, rowsOf, runAll, socketOf } from './server-harness.ts';
import type { Reply } from '../../src/mysql/wire.ts';

function errText(r: Reply): string {
  if (r.kind !== 'error') throw new Error(`expected an error, got ${JSON.stringify(r)}`);
  return `${r.error.number} (${r.error.sqlState}): ${r.error.message}`;
}

describe('user-level locks', () => {
  it('GET_LOCK is re-entrant for its session; others get 0 at once with timeout 0; RELEASE_LOCK answers 1, 0 or NULL', async () => {
    const { world, server } = await newServer({ latency: ZERO_LATENCY });
    const seen: unknown[] = [];
    world.spawn('client', function* () {
      const a = socketOf(yield* login(world, server));
      const b = socketOf(yield* login(world, server));
      seen.push(rowsOf(yield* q(world, a, "SELECT GET_LOCK('nightly', 0)")));
      seen.push(rowsOf(yield* q(world, a, "SELECT GET_LOCK('NIGHTLY', 0), IS_FREE_LOCK('nightly')")));
      seen.push(rowsOf(yield* q(world, b, "SELECT GET_LOCK('nightly', 0), RELEASE_LOCK('nightly'), RELEASE_LOCK('other')")));
      seen.push(rowsOf(yield* q(world, b, "SELECT IS_USED_LOCK('nightly') = CONNECTION_ID(), IS_USED_LOCK('other')")));
      seen.push(rowsOf(yield* q(world, a, "SELECT RELEASE_LOCK('nightly'), IS_FREE_LOCK('nightly')")));
      seen.push(rowsOf(yield* q(world, a, "SELECT RELEASE_LOCK('nightly'), IS_FREE_LOCK('nightly'), RELEASE_LOCK('nightly')")));
      seen.push(errText(yield* q(world, a, "SELECT GET_LOCK('', 0)")));
      a.quit();
      b.quit();
    });
    runAll(world);
    expect(seen).toEqual([[[1]], [[1, 0]], [[0, 0, null]], [[0, null]], [[1, 0]], [[1, 1, null]], "3057 (42000): Incorrect user-level lock name ''."]);
  });

  it('a GET_LOCK with a timeout waits as "User lock" and gets the lock when its holder releases it', async () => {
    const { world, server } = await newServer({ latency: ZERO_LATENCY });
    const seen: unknown[] = [];
    world.spawn('holder', function* () {
      const a = socketOf(yield* login(world, server));
      yield* q(world, a, "SELECT GET_LOCK('job', 0)");
      yield* q(world, a, 'SELECT SLEEP(2)');
      seen.push(['state at 2s', server.sessions().map((s) => s.state)]);
      yield* q(world, a, "DO RELEASE_LOCK('job')");
      a.quit();
    });
    world.spawn('waiter', function* () {
      const b = socketOf(yield* login(world, server));
      const t0 = world.now();
      seen.push(['got', rowsOf(yield* cmd(world, b, { kind: 'query', sql: "SELECT GET_LOCK('job', 10)" })), (world.now() - t0) / Second]);
      b.quit();
    });
    runAll(world);
    expect(seen).toEqual([['state at 2s', ['', 'User lock']], ['got', [[1]], 2]]);
  });

  it('a GET_LOCK gives up with 0 after its timeout, and a session that ends frees its locks', async () => {
    const { world, server } = await newServer({ latency: ZERO_LATENCY });
    const seen: unknown[] = [];
    world.spawn('client', function* () {
      const a = socketOf(yield* login(world, server));
      const b = socketOf(yield* login(world, server));
      yield* q(world, a, "SELECT GET_LOCK('job', 0), GET_LOCK('job', 0), GET_LOCK('other', 0)");
      let t0 = world.now();
      seen.push(rowsOf(yield* q(world, b, "SELECT GET_LOCK('job', 1.5)")), (world.now() - t0) / Second);
      a.quit();
      t0 = world.now();
      const prep = yield* cmd(world, b, { kind: 'prepare', sql: 'SELECT GET_LOCK(?, ?), IS_FREE_LOCK(?)' });
      if (prep.kind !== 'prepared') throw new Error(JSON.stringify(prep));
      seen.push(rowsOf(yield* cmd(world, b, { kind: 'execute', stmtId: prep.stmtId, params: ['job', 5, 'other'] })), world.now() - t0);
      seen.push(rowsOf(yield* q(world, b, "SELECT GET_LOCK('x', 0), RELEASE_ALL_LOCKS()")));
      b.quit();
    });
    runAll(world);
    expect(seen).toEqual([[[0]], 1.5, [[1, 1]], 0, [[1, 2]]]);
  });
});
