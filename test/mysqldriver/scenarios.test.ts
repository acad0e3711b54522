import { describe, expect, it } from 'vitest';
import { background, withTimeout } from '../../src/sim/context.ts';
import { Millisecond } from '../../src/sim/time.ts';
import { parseFaultPlan, type FaultPlanInput } from '../../src/mysql/fault-plan.ts';
import type { Rows } from '../../src/pool/rows.ts';
import type { Stmt } from '../../src/pool/stmt.ts';
import { expectNoLeaks, poolStack, runAll } from './stack.ts';

const ms = Millisecond;
const plan = (p: FaultPlanInput) => {
  const r = parseFaultPlan(p);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.plan;
};
const stale = 'Error 4031 (HY000): The client was disconnected by the server because of inactivity. See wait_timeout and interactive_timeout for configuring this behavior.';

describe('§14 scenarios on the MySQL side', () => {
  it('6: a conn dropped while row 3 streams ends Next with invalid connection and is discarded, no counter moves', async () => {
    const s = await poolStack({ faults: plan({ rules: [{ on: 'row', row: 3, inject: { kind: 'drop' } }] }) });
    const db = s.open();
    const out: unknown[] = [];
    s.world.spawn('g', function* () {
      const [rows] = yield* db.query('SELECT id FROM users ORDER BY id LIMIT 5');
      let n = 0;
      while (yield* rows!.next()) n++;
      out.push(n, rows!.err()?.Error(), db.stats());
      yield* db.close();
    });
    runAll(s.world);
    expect(out[0]).toBe(2);
    expect(out[1]).toBe('invalid connection');
    expect(out[2]).toMatchObject({ OpenConnections: 0, InUse: 0, Idle: 0, WaitCount: 0, MaxIdleClosed: 0, MaxIdleTimeClosed: 0, MaxLifetimeClosed: 0 });
    expect(s.driver.logger.lines).toEqual(['[mysql] 2000/01/01 00:00:00 packets.go:94 unexpected EOF']);
    expectNoLeaks(s, [db]);
  });

  it('7: a syntax error returns Error 1064 (42000) and a nil Rows; the conn goes back to idle', async () => {
    const s = await poolStack();
    const db = s.open();
    const out: unknown[] = [];
    s.world.spawn('g', function* () {
      const [rows, err] = yield* db.query('SELEC id FROM users');
      out.push(rows, err?.Error(), db.stats());
      yield* db.close();
    });
    runAll(s.world);
    expect(out[0]).toBeNull();
    expect(out[1]).toBe("Error 1064 (42000): You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near 'SELEC id FROM users' at line 1");
    expect(out[2]).toMatchObject({ OpenConnections: 1, InUse: 0, Idle: 1 });
    expectNoLeaks(s, [db]);
  });

  it('13: prepare 101 on one long-lived conn fails with 1461 (current value: 100), not retried; the pool is untouched', async () => {
    const s = await poolStack({ variables: { max_prepared_stmt_count: 100 } });
    const db = s.open();
    const out: unknown[] = [];
    s.world.spawn('g', function* () {
      const stmts: Stmt[] = [];
      for (let i = 1; i <= 101; i++) {
        const [st, err] = yield* db.prepare('SELECT name FROM users WHERE id = ?');
        if (err) { out.push(i, err.Error()); break; }
        stmts.push(st!);
      }
      out.push(db.stats(), s.server.status().Connections, s.server.preparedStmtCount);
      for (const st of stmts) yield* st.close();
      out.push(s.server.preparedStmtCount);
      yield* db.close();
    });
    runAll(s.world);
    expect(out.slice(0, 2)).toEqual([101, "Error 1461 (42000): Can't create more than max_prepared_stmt_count statements (current value: 100)"]);
    expect(out[2]).toMatchObject({ OpenConnections: 1, InUse: 0, Idle: 1 });
    expect(out.slice(3)).toEqual([1, 100, 0]);
    expectNoLeaks(s, [db]);
  });

  it('14: a leaked Rows of a Query with args holds a hidden prepared statement unless interpolateParams=true', async () => {
    const s = await poolStack();
    const out: unknown[] = [];
    const dbs = [s.open(), s.open('interpolateParams=true')];
    s.world.spawn('g', function* () {
      for (const db of dbs) {
        const [rows] = yield* db.query('SELECT name FROM users WHERE id=?', [1n]);
        out.push([db.stats().InUse, s.server.preparedStmtCount]);
        yield* rows!.close();
        out.push([db.stats().InUse, s.server.preparedStmtCount]);
        yield* db.close();
      }
    });
    runAll(s.world);
    expect(out).toEqual([[1, 1], [0, 0], [1, 0], [0, 0]]);
    expectNoLeaks(s, dbs);
  });

  it('29: 4 idle conns killed by wait_timeout: one Exec logs 2 liveness failures, dials once and succeeds', async () => {
    const s = await poolStack({ variables: { wait_timeout: 10 } });
    const db = s.open();
    db.setMaxIdleConns(5);
    const out: unknown[] = [];
    s.world.spawn('g', function* () {
      const held: Rows[] = [];
      for (let i = 0; i < 4; i++) held.push((yield* db.query('SELECT 1'))[0]!);
      for (const r of held) yield* r.close();
      const t0 = s.server.status().Threads_connected;
      yield* s.world.sleep(11_000 * ms);
      out.push(t0 - s.server.status().Threads_connected, db.stats().OpenConnections, db.stats().Idle);
      const connections = s.server.status().Connections;
      const [, err] = yield* db.exec("UPDATE users SET name = 'x' WHERE id = 1");
      out.push(err, s.server.status().Connections - connections, db.stats());
      yield* db.close();
    });
    runAll(s.world);
    expect(out.slice(0, 5)).toEqual([4, 4, 4, null, 1]);
    expect(out[5]).toMatchObject({ OpenConnections: 3, Idle: 3, InUse: 0, MaxIdleClosed: 0, MaxLifetimeClosed: 0, MaxIdleTimeClosed: 0 });
    expect(s.driver.logger.lines).toEqual(Array(2).fill('[mysql] 2000/01/01 00:00:11 connection.go:706 closing bad idle connection: unexpected read from socket'));
    expectNoLeaks(s, [db]);
  });

  it('30: with checkConnLiveness=false each stale conn costs one failed Exec: 4031 on MySQL >= 8.0.24, invalid connection before', async () => {
    for (const inactivityPacket of [true, false]) {
      const s = await poolStack({ variables: { wait_timeout: 10 }, inactivityPacket });
      const db = s.open('checkConnLiveness=false');
      db.setMaxIdleConns(5);
      const errs: (string | null)[] = [];
      s.world.spawn('g', function* () {
        const held: Rows[] = [];
        for (let i = 0; i < 4; i++) held.push((yield* db.query('SELECT 1'))[0]!);
        for (const r of held) yield* r.close();
        yield* s.world.sleep(11_000 * ms);
        for (let i = 0; i < 5; i++) errs.push((yield* db.exec('DO 1'))[1]?.Error() ?? null);
        yield* db.close();
      });
      runAll(s.world);
      expect(errs).toEqual([...Array(4).fill(inactivityPacket ? stale : 'invalid connection'), null]);
      expect(s.driver.logger.lines).toEqual(inactivityPacket ? [] : Array(4).fill('[mysql] 2000/01/01 00:00:11 packets.go:46 unexpected EOF'));
      expectNoLeaks(s, [db]);
    }
  });

  it('31: a full server refuses the direct dial at once with 1040 (08004), not retried; with the admin slot taken, without SQLSTATE', async () => {
    const s = await poolStack({ variables: { max_connections: 2 } });
    const db = s.open();
    db.setMaxOpenConns(3);
    const out: unknown[] = [];
    s.world.spawn('g', function* () {
      const r1 = (yield* db.query('SELECT 1'))[0]!;
      const r2 = (yield* db.query('SELECT 1'))[0]!;
      const [, err] = yield* db.query('SELECT 1');
      out.push(err?.Error(), s.world.now(), db.stats());
      const admin = s.server.connect({ user: 'root', admin: true });
      yield* s.world.sleep(1);
      expect(admin.result.ready).toBe(true);
      const [, err2] = yield* db.query('SELECT 1');
      out.push(err2?.Error());
      yield* r1.close();
      yield* r2.close();
      const a = admin.result.value;
      if (a.kind === 'ok') a.socket.quit();
      yield* db.close();
    });
    runAll(s.world);
    expect(out[0]).toBe('Error 1040 (08004): Too many connections');
    expect(out[1]).toBe(0);
    expect(out[2]).toMatchObject({ OpenConnections: 2, InUse: 2, WaitCount: 0 });
    expect(out[3]).toBe('Error 1040: Too many connections');
    expectNoLeaks(s, [db]);
  });

  it('32: a broken conn lets the opener dial for each of 3 waiters in turn; every dial is refused and each waiter gets 1040', async () => {
    const s = await poolStack({ faults: plan({ rules: [{ on: 'row', row: 2, sql: 'LIMIT 2', inject: { kind: 'drop' } }] }) });
    const db = s.open();
    db.setMaxOpenConns(2);
    const errs: string[] = [];
    const out: unknown[] = [];
    s.world.spawn('g1', function* () {
      const [rows] = yield* db.query('SELECT id FROM users LIMIT 2');
      yield* rows!.next();
      yield* s.world.sleep(50 * ms);
      // The server refuses logins from now on: max_connections drops to the one session left after the break.
      s.server.setGlobal(null, 'max_connections', 1);
      yield* rows!.next();
      out.push(rows!.err()?.Error());
    });
    s.world.spawn('g2', function* () {
      const [rows] = yield* db.query('SELECT 1');
      yield* s.world.sleep(100 * ms);
      out.push(db.stats());
      yield* rows!.close();
    });
    for (const g of ['g3', 'g4', 'g5']) {
      s.world.spawn(g, function* () {
        yield* s.world.sleep(0);
        const [, err] = yield* db.query('SELECT 2');
        errs.push(err!.Error());
      });
    }
    const connections0 = 0;
    runAll(s.world);
    expect(out[0]).toBe('invalid connection');
    expect(errs).toEqual(Array(3).fill('Error 1040 (08004): Too many connections'));
    expect(out[1]).toMatchObject({ OpenConnections: 1, InUse: 1, WaitCount: 3, WaitDuration: 150 * ms });
    expect(s.server.status().Connections - connections0).toBe(2 + 3);
    expectNoLeaks(s, [db]);
  });

  it('34: a ctx deadline mid-query closes the conn at 100 ms with no log; the statement stays in Query until 1000 ms', async () => {
    const s = await poolStack();
    const db = s.open();
    const out: unknown[] = [];
    s.world.spawn('g', function* () {
      const [ctx, cancel] = withTimeout(background(s.world), 100 * ms);
      const [, err] = yield* db.queryContext(ctx, 'SELECT SLEEP(1)');
      cancel();
      out.push(err?.Error(), s.world.now(), db.stats().OpenConnections);
      yield* s.world.sleep(899 * ms);
      out.push(s.server.processlist().map((r) => [r[4], r[7]]), s.server.status().Aborted_clients);
      yield* s.world.sleep(1 * ms);
      out.push(s.server.processlist().length, s.server.status().Aborted_clients);
      yield* db.close();
    });
    runAll(s.world);
    expect(out).toEqual(['context deadline exceeded', 100 * ms, 0, [['Query', 'SELECT SLEEP(1)']], 0, 0, 1]);
    expect(s.driver.logger.lines).toEqual([]);
    expectNoLeaks(s, [db]);
  });

  it('38: sql.Open per request without Close piles up sessions until 1040; with Close nothing piles up', async () => {
    const s = await poolStack({ variables: { max_connections: 151 } });
    const out: unknown[] = [];
    s.world.spawn('g', function* () {
      const dbs = [];
      const errs: string[] = [];
      for (let i = 1; i <= 153; i++) {
        const db = s.open();
        dbs.push(db);
        const row = yield* db.queryRow('SELECT 1');
        const err = yield* row.scan({ kind: 'int', set: () => {} });
        if (err) errs.push(`${i}: ${err.Error()}`);
      }
      out.push(s.server.status().Threads_connected, errs);
      for (const db of dbs) yield* db.close();
      out.push(s.server.status().Threads_connected);
      const c0 = s.server.status().Connections;
      for (let i = 0; i < 5; i++) {
        const db = s.open();
        const row = yield* db.queryRow('SELECT 1');
        yield* row.scan({ kind: 'int', set: () => {} });
        yield* db.close();
        out.push(s.server.status().Threads_connected);
      }
      out.push(s.server.status().Connections - c0);
    });
    runAll(s.world);
    expect(out).toEqual([151, ['152: Error 1040 (08004): Too many connections', '153: Error 1040 (08004): Too many connections'], 0, 0, 0, 0, 0, 0, 5]);
  });
});
