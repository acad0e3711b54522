import { describe, expect, it } from 'vitest';
import { background, withTimeout } from '../../src/sim/context.ts';
import { Millisecond, Second } from '../../src/sim/time.ts';
import { ErrBadConn, ErrSkip, isTimeValue, type Value } from '../../src/pool/driver.ts';
import { ErrInvalidConn, MySQLError } from '../../src/pool/mysqldriver/errors.ts';
import { MysqlConn } from '../../src/pool/mysqldriver/connection.ts';
import { parseFaultPlan } from '../../src/mysql/fault-plan.ts';
import { DEFAULT_LATENCY } from '../../src/mysql/latency-model.ts';
import { connector, dial, drain, newStack } from './harness.ts';

const arg = (value: Value, ordinal = 1) => ({ ordinal, value });

describe('mysql driver conn', () => {
  it('decodes INT columns to int64 and VARCHAR to []byte over both protocols, as readRow does', async () => {
    const s = await newStack();
    const out: unknown[] = [];
    s.world.spawn('t', function* () {
      const conn = yield* dial(s, connector(s, 'app:pw@tcp(127.0.0.1:3306)/course?parseTime=true'));
      const ctx = background(s.world);
      const [rows] = yield* conn.query!(ctx, 'SELECT id, name FROM users WHERE id <= 2 ORDER BY id', []);
      out.push((yield* drain(rows!))[0]);
      const [, skip] = yield* conn.query!(ctx, 'SELECT name FROM users WHERE id = ?', [arg(3n)]);
      out.push(skip === ErrSkip);
      const [stmt] = yield* conn.prepare(ctx, 'SELECT id, name FROM users WHERE id = ?');
      out.push(stmt!.numInput());
      const [brows] = yield* stmt!.query(ctx, [arg(3n)]);
      out.push((yield* drain(brows!))[0]);
      const [tr] = yield* conn.query!(ctx, 'SELECT NOW()', []);
      const dest: Value[] = [null];
      yield* tr!.next(dest);
      out.push(isTimeValue(dest[0]) && dest[0].unixNanos);
      yield* tr!.close();
      const [res] = yield* conn.exec!(ctx, "UPDATE users SET name = 'x' WHERE id < 4", []);
      out.push(res!.rowsAffected()[0]);
      out.push(s.server.preparedStmtCount);
      yield* stmt!.close();
      out.push(s.server.preparedStmtCount);
      yield* conn.close();
    });
    s.world.run();
    expect(out).toEqual([
      [['int64(1)', '[]byte(user01)'], ['int64(2)', '[]byte(user02)']], true, 1, [['int64(3)', '[]byte(user03)']],
      946684800000000000n, 3n, 1, 0,
    ]);
    expect(s.server.status().Threads_connected).toBe(0);
  });

  it('interpolates arguments client-side with interpolateParams=true (no server statement)', async () => {
    const s = await newStack();
    const out: unknown[] = [];
    s.world.spawn('t', function* () {
      const conn = yield* dial(s, connector(s, 'app:pw@tcp(127.0.0.1:3306)/course?interpolateParams=true'));
      const [rows, err] = yield* conn.query!(background(s.world), 'SELECT name FROM users WHERE name = ? OR id = ?', [arg("user05' OR '1'='1"), arg(7n, 2)]);
      out.push(err, (yield* drain(rows!))[0], s.server.preparedStmtCount);
      yield* conn.close();
    });
    s.world.run();
    expect(out).toEqual([null, [['[]byte(user07)']], 0]);
  });

  it('closes the conn at once when the ctx ends mid-query; the statement keeps running on the server', async () => {
    const s = await newStack();
    const out: unknown[] = [];
    s.world.spawn('t', function* () {
      const conn = (yield* dial(s, connector(s))) as MysqlConn;
      const [ctx, cancel] = withTimeout(background(s.world), 100 * Millisecond);
      const t0 = s.world.now();
      const [, err] = yield* conn.query(ctx, 'SELECT SLEEP(1)', []);
      out.push(err?.Error(), s.world.now() - t0, conn.isValid());
      yield* s.world.sleep(500 * Millisecond);
      out.push(s.server.processlist().map((r) => [r[4], r[6], r[7]]));
      yield* s.world.sleep(1 * Second);
      out.push(s.server.status().Threads_connected, s.server.status().Aborted_clients);
      const [, again] = yield* conn.query(background(s.world), 'SELECT 1', []);
      out.push(again === ErrBadConn);
      cancel();
    });
    s.world.run();
    expect(out).toEqual(['context deadline exceeded', 100 * Millisecond, false, [['Query', 'User sleep', 'SELECT SLEEP(1)']], 0, 1, true]);
    expect(s.driver.logger.lines).toEqual([]);
  });

  it('returns an already-ended ctx\'s error without touching the socket', async () => {
    const s = await newStack();
    const out: unknown[] = [];
    s.world.spawn('t', function* () {
      const conn = yield* dial(s, connector(s));
      const [ctx, cancel] = withTimeout(background(s.world), 0);
      const [, err] = yield* conn.query!(ctx, 'SELECT 1', []);
      out.push(err?.Error(), conn.isValid!());
      cancel();
      yield* conn.close();
    });
    s.world.run();
    expect(out).toEqual(['context deadline exceeded', true]);
  });

  it('fails a read after readTimeout of silence with invalid connection and the i/o timeout log line', async () => {
    const s = await newStack();
    const out: unknown[] = [];
    s.world.spawn('t', function* () {
      const conn = yield* dial(s, connector(s, 'app:pw@tcp(127.0.0.1:3306)/course?readTimeout=50ms'));
      const [, err] = yield* conn.exec!(background(s.world), 'DO SLEEP(1)', []);
      out.push(err === ErrInvalidConn, err?.Error(), conn.isValid!());
    });
    s.world.run();
    expect(out).toEqual([true, 'invalid connection', false]);
    expect(s.driver.logger.lines).toEqual(['[mysql] 2000/01/01 00:00:00 packets.go:46 read tcp 127.0.0.1:40000->127.0.0.1:3306: i/o timeout']);
  });

  it('finds a conn closed by wait_timeout in ResetSession and logs it (MySQL 8.0 writes 4031 first)', async () => {
    const s = await newStack({ variables: { wait_timeout: 1 } });
    const out: unknown[] = [];
    s.world.spawn('t', function* () {
      const live = yield* dial(s, connector(s));
      const dead = yield* dial(s, connector(s, 'app:pw@tcp(127.0.0.1:3306)/course?checkConnLiveness=false'));
      yield* s.world.sleep(2 * Second);
      out.push((yield* live.resetSession!(background(s.world))) === ErrBadConn);
      out.push((yield* dead.resetSession!(background(s.world))));
      const [, err] = yield* dead.exec!(background(s.world), 'DO 1', []);
      out.push(err instanceof MySQLError && err.Error(), dead.isValid!());
      yield* live.close();
      yield* dead.close();
    });
    s.world.run();
    expect(out).toEqual([true, null, 'Error 4031 (HY000): The client was disconnected by the server because of inactivity. See wait_timeout and interactive_timeout for configuring this behavior.', false]);
    expect(s.driver.logger.lines).toEqual(['[mysql] 2000/01/01 00:00:02 connection.go:706 closing bad idle connection: unexpected read from socket']);
  });

  it('ends iteration with invalid connection and packets.go:94 unexpected EOF when the server drops mid-result', async () => {
    const plan = parseFaultPlan({ rules: [{ on: 'row', row: 3, inject: { kind: 'drop' } }] });
    if (!plan.ok) throw new Error();
    const s = await newStack({ faults: plan.plan });
    const out: unknown[] = [];
    s.world.spawn('t', function* () {
      const conn = yield* dial(s, connector(s));
      const [rows] = yield* conn.query!(background(s.world), 'SELECT id FROM users ORDER BY id', []);
      const [got, err] = yield* drain(rows!);
      out.push(got.length, err?.Error(), conn.isValid!(), s.server.status().Threads_connected);
    });
    s.world.run();
    expect(out).toEqual([2, 'invalid connection', false, 0]);
    expect(s.driver.logger.lines).toEqual(['[mysql] 2000/01/01 00:00:00 packets.go:94 unexpected EOF']);
  });

  it('gets Error 1040 (08004) when the server is full, and a dial error where no server listens', async () => {
    const s = await newStack({ variables: { max_connections: 1 } });
    const out: unknown[] = [];
    s.world.spawn('t', function* () {
      yield* dial(s, connector(s));
      const [, err] = yield* connector(s).connect(background(s.world));
      out.push(err?.Error());
      const [, derr] = yield* connector(s, 'app@tcp(127.0.0.1:3307)/course').connect(background(s.world));
      out.push(derr?.Error());
    });
    s.world.run();
    expect(out).toEqual(['Error 1040 (08004): Too many connections', 'dial tcp 127.0.0.1:3307: connect: connection refused']);
  });

  it('streams a result larger than the socket buffers: the session shows Sending to client until the client has read it all', async () => {
    const s = await newStack({ latency: { ...DEFAULT_LATENCY, bufferBytes: 200 } });
    const out: unknown[] = [];
    s.world.spawn('t', function* () {
      const conn = yield* dial(s, connector(s));
      const [rows] = yield* conn.query!(background(s.world), 'SELECT id, name, email FROM users ORDER BY id', []);
      const dest: Value[] = [null, null, null];
      yield* rows!.next(dest);
      out.push(s.server.processlist().map((r) => [r[4], r[6]]), conn.isValid!());
      const [rest, err] = yield* drain(rows!);
      out.push(rest.length + 1, err, s.server.processlist().map((r) => [r[4], r[6]]), conn.isValid!());
      yield* conn.close();
    });
    s.world.run();
    expect(out).toEqual([[['Query', 'Sending to client']], false, 50, null, [['Sleep', '']], true]);
  });
});
