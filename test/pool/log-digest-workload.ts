/**
 * logDigestWorkload runs a mixed, seeded load through the whole stack (sim + database/sql pool +
 * go-sql-driver/mysql model + MySQL server) with the full event log on, and returns the log and the results as
 * one string. Its digest is pinned by event-log-digest.test.ts: a performance change must leave every event,
 * id, time and schedule exactly as it was. The load touches every pool path a hot-path shortcut could change:
 * queries with deadlines (leaked, slow past the deadline, cancelled mid-flight), Exec with and without
 * interpolation (the hidden prepare), QueryRow, Ping, transactions (committed, rolled back, leaked until their
 * context ends), prepared statements, held Conns, waiters, ConnMaxLifetime / ConnMaxIdleTime, MaxOpen lowered
 * and raised, and server faults (dropped connections, error packets, KILL QUERY, idle drops).
 */
import { World } from '../../src/sim/world.ts';
import { background, withCancel, withTimeout } from '../../src/sim/context.ts';
import { Microsecond, Millisecond, Second } from '../../src/sim/time.ts';
import { MysqlServer } from '../../src/mysql/server.ts';
import { LatencyOnlyEngine } from '../../src/mysql/latency-only-engine.ts';
import { SqlEngine } from '../../src/mysql/sql-engine.ts';
import { seedCourseDatabase } from '../../src/mysql/seed-data.ts';
import { parseFaultPlan } from '../../src/mysql/fault-plan.ts';
import type { SqlJs } from '../../src/mysql/sqljs-types.ts';
import { MysqlDriver } from '../../src/pool/mysqldriver/mysql-driver.ts';
import { Registry } from '../../src/pool/registry.ts';
import type { DB } from '../../src/pool/db.ts';
import type { Rows } from '../../src/pool/rows.ts';
import type { ScanDest } from '../../src/pool/convert.ts';
import type { GoError } from '../../src/sim/errors.ts';

/** DigestOptions picks the engine, the scheduler and the size of the run. */
export interface DigestOptions {
  seed: number;
  shuffle: boolean;
  /** requests at 500 per virtual second. */
  requests: number;
  /** sqljs: run the statements on sql.js (the course database) instead of the latency-only engine. */
  sqljs?: SqlJs;
  /** log: store the event log (default true); false runs aggregate-only and leaves the log out of the text. */
  log?: boolean;
  /** keepTasks: the World option (default true). */
  keepTasks?: boolean;
}

const FAULTS = {
  rules: [
    { id: 'drop-q', on: 'query', sql: 'FROM orders', occurrence: 301, times: 2, inject: { kind: 'drop' } },
    { id: 'err-x', on: 'exec', sql: 'UPDATE', occurrence: 40, times: 3, inject: { kind: 'error', number: 1205, sqlState: 'HY000', message: 'Lock wait timeout exceeded; try restarting transaction' } },
    { id: 'kill-s', on: 'query', sql: 'SLEEP', occurrence: 3, times: 2, inject: { kind: 'kill', what: 'query' } },
    { id: 'slow', on: 'query', sql: 'FROM products', occurrence: 10, times: 5, inject: { kind: 'latency', ms: 70 } },
    { id: 'idle', on: 'idle', afterMs: 1500, times: 2, inject: { kind: 'drop' } },
    { id: 'drop-c', on: 'commit', occurrence: 7, inject: { kind: 'drop' } },
  ],
};

function intDest(out: { n: number }): ScanDest {
  return { kind: 'int', set: (v) => { out.n += Number(v); } };
}

/**
 * logDigestWorkload runs the load and returns, as one string, the whole event log (with log on), the results and
 * the final stats; `results` is the part without the log.
 */
export function logDigestWorkload(o: DigestOptions): { text: string; results: string; events: number } {
  const log = o.log ?? true;
  const world = new World({ seed: o.seed, shuffle: o.shuffle, log, keepTasks: o.keepTasks ?? true });
  const plan = parseFaultPlan(FAULTS);
  if (!plan.ok) throw new Error(plan.errors.join('\n'));
  let engine;
  if (o.sqljs) {
    engine = SqlEngine.create(o.sqljs);
    seedCourseDatabase(engine, world.rng.fork('seed-data'));
  } else engine = new LatencyOnlyEngine({ rowsPerSelect: 3, columns: 1 });
  const server = new MysqlServer(world, { engine, faults: plan.plan });
  const registry = new Registry();
  registry.register('mysql', new MysqlDriver(world, new Map([[server.address, server]])));
  const open = (dsn: string): DB => {
    const [db, err] = registry.open(world, 'mysql', dsn);
    if (err) throw new Error(err.Error());
    return db!;
  };
  const db = open('app:pw@tcp(127.0.0.1:3306)/course?interpolateParams=true');
  const db2 = open('app:pw@tcp(127.0.0.1:3306)/course?readTimeout=60ms');
  db.setMaxOpenConns(5);
  db.setMaxIdleConns(3);
  db.setConnMaxLifetime(400 * Millisecond);
  db.setConnMaxIdleTime(Second);
  db2.setMaxOpenConns(3);
  const rng = world.rng.fork('digest-load');
  const results: string[] = [];
  const note = (i: number, what: string, err: GoError | null): void => {
    results.push(`${i} ${what} ${err ? err.Error() : 'ok'}`);
  };
  const sum = { n: 0 };

  function* readAll(i: number, what: string, rows: Rows, leak: boolean): Generator<unknown, void, unknown> {
    if (leak) {
      yield* rows.next();
      note(i, `${what} leaked`, null);
      return;
    }
    while (yield* rows.next()) rows.scan(intDest(sum));
    note(i, `${what} rows.err`, rows.err());
    note(i, `${what} close`, yield* rows.close());
  }

  function* request(i: number, p: number, leak: boolean): Generator<unknown, void, unknown> {
    const [ctx, cancel] = withTimeout(background(world), 50 * Millisecond);
    try {
      if (p < 0.5) {
        const sql = p < 0.03 ? 'SELECT SLEEP(0.08)' : p < 0.15 ? 'SELECT SLEEP(0.02)' : p < 0.2 ? 'SELECT id FROM products WHERE id = 2' : 'SELECT id FROM orders WHERE user_id = 7';
        const [rows, err] = yield* db.queryContext(ctx, sql);
        note(i, 'query', err);
        if (rows) yield* readAll(i, 'query', rows, leak);
      } else if (p < 0.58) {
        const [res, err] = yield* db.execContext(ctx, 'UPDATE users SET name = ? WHERE id = ?', ['x', i % 50]);
        note(i, `exec ${res ? String(res.rowsAffected()[0]) : '-'}`, err);
      } else if (p < 0.62) {
        const [res, err] = yield* db2.execContext(ctx, 'UPDATE users SET name = ? WHERE id = ?', ['y', i % 50]);
        note(i, `exec2 ${res ? String(res.rowsAffected()[0]) : '-'}`, err);
      } else if (p < 0.67) {
        const row = yield* db.queryRowContext(ctx, 'SELECT id FROM users WHERE id = ?', [i % 50]);
        note(i, 'queryRow', yield* row.scan(intDest(sum)));
      } else if (p < 0.7) {
        note(i, 'ping', yield* db.pingContext(ctx));
      } else if (p < 0.77) {
        const [tx, err] = yield* db.beginTx(ctx);
        note(i, 'begin', err);
        if (!tx) return;
        const [, xerr] = yield* tx.exec('UPDATE users SET name = ? WHERE id = ?', ['t', i % 50]);
        note(i, 'tx exec', xerr);
        const [rows, qerr] = yield* tx.query('SELECT id FROM users WHERE id = 3');
        note(i, 'tx query', qerr);
        if (rows) yield* readAll(i, 'tx query', rows, false);
        if (leak) return; // the Tx ends when ctx does (contextRollback)
        note(i, p < 0.74 ? 'commit' : 'rollback', p < 0.74 ? yield* tx.commit() : yield* tx.rollback());
      } else if (p < 0.82) {
        const [stmt, err] = yield* db2.prepareContext(ctx, 'SELECT id FROM users WHERE id = ?');
        note(i, 'prepare', err);
        if (!stmt) return;
        const [rows, qerr] = yield* stmt.queryContext(ctx, [i % 50]);
        note(i, 'stmt query', qerr);
        if (rows) yield* readAll(i, 'stmt query', rows, leak);
        note(i, 'stmt close', yield* stmt.close());
      } else if (p < 0.86) {
        const [conn, err] = yield* db.connContext(ctx);
        note(i, 'conn', err);
        if (!conn) return;
        const [rows, qerr] = yield* conn.queryContext(ctx, 'SELECT id FROM orders WHERE user_id = 9');
        note(i, 'conn query', qerr);
        if (rows) yield* readAll(i, 'conn query', rows, false);
        note(i, 'conn close', yield* conn.close());
      } else if (p < 0.9) {
        // Cancelled mid-flight by another task.
        const [cctx, ccancel] = withCancel(ctx);
        world.spawn('canceller', function* () {
          yield* world.sleep(150 * Microsecond);
          ccancel();
        });
        const [rows, err] = yield* db.queryContext(cctx, 'SELECT id FROM orders WHERE user_id = 8');
        note(i, 'cancelled query', err);
        if (rows) yield* readAll(i, 'cancelled query', rows, false);
      } else {
        const [rows, err] = yield* db.query('SELECT id FROM orders WHERE user_id = 5');
        note(i, 'bg query', err);
        if (rows) yield* readAll(i, 'bg query', rows, false);
      }
    } finally {
      cancel();
    }
  }

  world.spawn('load', function* () {
    const gap = Second / 500;
    for (let i = 0; i < o.requests; i++) {
      // A quiet 2.5 s after 60 % of the requests: idle conns age past ConnMaxIdleTime and the cleaner runs.
      yield* world.sleep(i * gap + (i >= (o.requests * 3) / 5 ? 2500 * Millisecond : 0) - world.now());
      if (i === Math.floor(o.requests / 2)) db.setMaxOpenConns(3);
      if (i === Math.floor((o.requests * 3) / 5)) db.setMaxOpenConns(6);
      const p = rng.float();
      const leak = rng.float() < 0.05;
      world.spawn('req', function* () {
        yield* request(i, p, leak);
      });
    }
  });
  const r = world.run();
  if (r.kind !== 'done') throw new Error(`digest run ended: ${r.kind} ${r.kind === 'deadlock' ? r.blocked.map((b) => `${b.task.name}:${b.reason}`).join(', ') : ''}`);
  const tail = JSON.stringify({ stats: db.stats(), stats2: db2.stats(), sum: sum.n, now: world.now(), open: db.openResources().length });
  const body = `${results.join('\n')}\n${tail}`;
  return { text: log ? `${JSON.stringify(world.log.events)}\n${body}` : body, results: body, events: world.log.count };
}
