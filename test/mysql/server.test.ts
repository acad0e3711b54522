import { describe, expect, it } from 'vitest';
import { Millisecond, Second } from '../../src/sim/time.ts';
import { parseFaultPlan } from '../../src/mysql/fault-plan.ts';
import { ZERO_LATENCY } from '../../src/mysql/latency-model.ts';
import { cmd, login, newServer, q, rowsOf, runAll, socketOf } from './server-harness.ts';
import type { Reply } from '../../src/mysql/wire.ts';
import type { LoginResult } from '../../src/mysql/server.ts';

function errText(r: Reply | LoginResult): string {
  if (r.kind !== 'error') return `not an error: ${r.kind}`;
  return `${r.error.number} (${r.error.sqlState}): ${r.error.message}`;
}

describe('MysqlServer sessions', () => {
  it('gives each login a connection id and shows idle sessions as Sleep', async () => {
    const { world, server } = await newServer();
    const seen: unknown[] = [];
    world.spawn('client', function* () {
      const a = socketOf(yield* login(world, server));
      const b = socketOf(yield* login(world, server));
      seen.push(rowsOf(yield* q(world, b, 'SELECT CONNECTION_ID()')));
      yield* world.sleep(3 * Second);
      seen.push(rowsOf(yield* q(world, b, 'SHOW PROCESSLIST')));
      seen.push(rowsOf(yield* q(world, b, "SELECT ID, COMMAND FROM information_schema.PROCESSLIST WHERE USER = 'app' ORDER BY ID")));
      a.quit();
      b.quit();
    });
    runAll(world);
    expect(seen[0]).toEqual([[2]]);
    const pl = seen[1] as unknown[][];
    expect(pl.map((r) => [r[0], r[1], r[3], r[4], r[5], r[6], r[7]])).toEqual([
      [1, 'app', 'course', 'Sleep', 3, '', null],
      [2, 'app', 'course', 'Query', 0, 'executing', 'SHOW PROCESSLIST'],
    ]);
    expect(seen[2]).toEqual([[1, 'Sleep'], [2, 'Query']]);
    expect(server.status()).toMatchObject({ Threads_connected: 0, Connections: 2, Aborted_clients: 0, Max_used_connections: 2 });
  });

  it('admits max_connections logins, refuses the next with 1040 (08004), and the admin slot without SQLSTATE once taken', async () => {
    const { world, server } = await newServer({ variables: { max_connections: 2 } });
    const out: string[] = [];
    world.spawn('client', function* () {
      socketOf(yield* login(world, server));
      socketOf(yield* login(world, server));
      out.push(errText(yield* login(world, server)));
      out.push(errText(yield* login(world, server)));
      socketOf(yield* login(world, server, 'root', true));
      out.push(errText(yield* login(world, server)));
      out.push(errText(yield* login(world, server, 'root', true)));
    });
    world.run();
    expect(out).toEqual([
      '1040 (08004): Too many connections',
      '1040 (08004): Too many connections',
      '1040 (): Too many connections',
      '1040 (): Too many connections',
    ]);
    expect(server.status()).toMatchObject({ Threads_connected: 3, Connections: 7, Connection_errors_max_connections: 4, Max_used_connections: 3 });
  });

  it('closes a session idle for wait_timeout; MySQL 8.0 writes 4031 first', async () => {
    const { world, server } = await newServer({ variables: { wait_timeout: 2 } });
    let check: string | null = 'unset';
    let reply: Reply | undefined;
    world.spawn('client', function* () {
      const s = socketOf(yield* login(world, server));
      yield* world.sleep(1999 * Millisecond);
      expect(server.status().Threads_connected).toBe(1);
      yield* world.sleep(2 * Millisecond);
      check = s.check();
      reply = yield* q(world, s, 'SELECT 1');
    });
    runAll(world);
    expect(check).toBe('unexpected read from socket');
    expect(errText(reply!)).toBe('4031 (HY000): The client was disconnected by the server because of inactivity. See wait_timeout and interactive_timeout for configuring this behavior.');
    expect(server.status()).toMatchObject({ Threads_connected: 0, Aborted_clients: 1 });
  });

  it('takes new sessions\' wait_timeout from SET GLOBAL, leaving existing sessions alone', async () => {
    const { world, server } = await newServer();
    const closed: number[] = [];
    world.log.subscribe((e) => { if (e.kind === 'server.session.close') closed.push(e.session); });
    world.spawn('client', function* () {
      const old = socketOf(yield* login(world, server, 'admin', true));
      expect((yield* q(world, old, 'SET GLOBAL wait_timeout = 2')).kind).toBe('ok');
      socketOf(yield* login(world, server));
      yield* world.sleep(5 * Second);
      old.quit();
    });
    runAll(world);
    expect(closed).toEqual([2, 1]);
  });
});

describe('MysqlServer prepared statements', () => {
  it('counts Prepared_stmt_count server-wide and refuses past max_prepared_stmt_count with 1461', async () => {
    const { world, server } = await newServer({ variables: { max_prepared_stmt_count: 3 } });
    const out: unknown[] = [];
    world.spawn('client', function* () {
      const a = socketOf(yield* login(world, server));
      const b = socketOf(yield* login(world, server));
      for (const s of [a, a, b]) expect((yield* cmd(world, s, { kind: 'prepare', sql: 'SELECT name FROM users WHERE id = ?' })).kind).toBe('prepared');
      out.push(errText(yield* cmd(world, b, { kind: 'prepare', sql: 'SELECT 1' })));
      const ex = yield* cmd(world, a, { kind: 'execute', stmtId: 2, params: [7] });
      out.push(rowsOf(ex));
      a.closeStmt(1);
      out.push(server.preparedStmtCount);
      a.quit();
      out.push(server.preparedStmtCount);
      out.push(errText(yield* cmd(world, b, { kind: 'prepare', sql: 'SELECT * FROM nope' })));
    });
    runAll(world);
    expect(out).toEqual([
      "1461 (42000): Can't create more than max_prepared_stmt_count statements (current value: 3)",
      [['user07']], 2, 1,
      "1146 (42S02): Table 'course.nope' doesn't exist",
    ]);
  });
});

describe('MysqlServer SLEEP, KILL and client aborts', () => {
  it('keeps running a statement whose client went away, then counts Aborted_clients', async () => {
    const { world, server } = await newServer();
    const seen: unknown[] = [];
    world.spawn('client', function* () {
      const s = socketOf(yield* login(world, server));
      const mon = socketOf(yield* login(world, server, 'mon', true));
      s.send({ kind: 'query', sql: 'SELECT SLEEP(2)' });
      yield* world.sleep(200 * Millisecond);
      s.abort();
      yield* world.sleep(800 * Millisecond);
      seen.push(rowsOf(yield* q(world, mon, "SELECT COMMAND, STATE, INFO FROM information_schema.PROCESSLIST WHERE USER = 'app'")));
      yield* world.sleep(1500 * Millisecond);
      seen.push(rowsOf(yield* q(world, mon, "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE USER = 'app'")));
      seen.push(server.status().Aborted_clients);
      mon.quit();
    });
    runAll(world);
    expect(seen).toEqual([[['Query', 'User sleep', 'SELECT SLEEP(2)']], [[0]], 1]);
  });

  it('answers SLEEP after n virtual seconds; KILL QUERY makes it return 1 early', async () => {
    const { world, server } = await newServer({ latency: ZERO_LATENCY });
    const seen: unknown[] = [];
    world.spawn('sleeper', function* () {
      const s = socketOf(yield* login(world, server));
      seen.push(rowsOf(yield* q(world, s, 'SELECT SLEEP(1.5)')), world.now());
      seen.push(rowsOf(yield* q(world, s, 'SELECT SLEEP(10)')), world.now());
      seen.push(errText(yield* q(world, s, 'SELECT SLEEP(10), id FROM users WHERE id = 1')), world.now());
      s.quit();
    });
    world.spawn('killer', function* () {
      const k = socketOf(yield* login(world, server, 'root', true));
      yield* world.sleep(2 * Second);
      expect((yield* q(world, k, 'KILL QUERY 1')).kind).toBe('ok');
      yield* world.sleep(1 * Second);
      expect((yield* q(world, k, 'KILL QUERY 1')).kind).toBe('ok');
      seen.push(errText(yield* q(world, k, 'KILL 99')));
      k.quit();
    });
    runAll(world);
    expect(seen).toEqual([
      [[0]], 1.5 * Second,
      [[1]], 2 * Second,
      '1317 (70100): Query execution was interrupted', 3 * Second,
      '1094 (HY000): Unknown thread id: 99',
    ]);
  });

  it('KILL CONNECTION ends an idle session: the client then reads EOF', async () => {
    const { world, server } = await newServer();
    let check: string | null = null;
    let r: Reply | undefined;
    world.spawn('client', function* () {
      const s = socketOf(yield* login(world, server));
      const k = socketOf(yield* login(world, server, 'root', true));
      yield* q(world, k, 'KILL 1');
      check = s.check();
      r = yield* q(world, s, 'SELECT 1');
      k.quit();
    });
    runAll(world);
    expect([check, r?.kind]).toEqual(['EOF', 'eof']);
    expect(server.status().Threads_connected).toBe(0);
  });
});

describe('MysqlServer SHOW and SET', () => {
  it('answers SHOW GLOBAL STATUS LIKE and SHOW VARIABLES LIKE, and clamps SET GLOBAL to MySQL 8.0 ranges', async () => {
    const { world, server } = await newServer();
    const seen: unknown[] = [];
    world.spawn('client', function* () {
      const s = socketOf(yield* login(world, server));
      seen.push(rowsOf(yield* q(world, s, "SHOW GLOBAL STATUS LIKE 'Threads_%'")));
      yield* q(world, s, 'SET GLOBAL max_connections = 0');
      seen.push(rowsOf(yield* q(world, s, "SHOW VARIABLES LIKE 'max_conn%'")));
      seen.push(errText(yield* q(world, s, 'SET GLOBAL no_such_var = 1')));
      seen.push(errText(yield* q(world, s, "SET GLOBAL wait_timeout = 'abc'")));
      s.quit();
    });
    runAll(world);
    expect(seen).toEqual([
      [['Threads_connected', '1'], ['Threads_running', '1']],
      [['max_connections', '1']],
      "1193 (HY000): Unknown system variable 'no_such_var'",
      "1232 (42000): Incorrect argument type to variable 'wait_timeout'",
    ]);
  });
});

describe('MysqlServer faults', () => {
  it('injects an error on the chosen occurrence, a row drop and extra latency', async () => {
    const plan = parseFaultPlan({ rules: [
      { on: 'query', sql: 'FROM users', occurrence: 2, inject: { kind: 'error', number: 1205, sqlState: 'HY000', message: 'Lock wait timeout exceeded; try restarting transaction' } },
      { on: 'row', row: 3, sql: 'LIMIT 10', inject: { kind: 'drop' } },
      { on: 'exec', sql: 'UPDATE', inject: { kind: 'latency', ms: 250 } },
    ] });
    if (!plan.ok) throw new Error(plan.errors.join());
    const { world, server } = await newServer({ latency: ZERO_LATENCY, faults: plan.plan });
    const seen: unknown[] = [];
    world.spawn('client', function* () {
      const s = socketOf(yield* login(world, server));
      seen.push(rowsOf(yield* q(world, s, 'SELECT COUNT(*) FROM users')));
      seen.push(errText(yield* q(world, s, 'SELECT COUNT(*) FROM users')));
      const r = yield* q(world, s, 'SELECT id FROM users ORDER BY id LIMIT 10');
      seen.push(r.kind === 'rows' ? r.cut : r);
      const t0 = world.now();
      seen.push(s.check());
      const s2 = socketOf(yield* login(world, server));
      yield* q(world, s2, "UPDATE users SET name = 'x' WHERE id = 1");
      seen.push(world.now() - t0);
      s2.quit();
    });
    runAll(world);
    expect(seen).toEqual([[[50]], '1205 (HY000): Lock wait timeout exceeded; try restarting transaction', { after: 2, end: 'eof' }, 'EOF', 250 * Millisecond]);
    expect(world.log.ofKind('fault.fired').map((e) => [e.rule, e.op, e.effect])).toEqual([[0, 'query', 'error'], [1, 'row', 'drop'], [2, 'exec', 'latency']]);
  });
});
