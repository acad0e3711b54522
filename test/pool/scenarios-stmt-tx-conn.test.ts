// Spec §14 scenarios about Stmt, Tx, Conn and DB.Close (fake driver).
import { describe, expect, it } from 'vitest';
import { background, Canceled, withCancel } from '../../src/sim/context.ts';
import type { Rows } from '../../src/pool/rows.ts';
import type { Stmt } from '../../src/pool/stmt.ts';
import { ErrConnDone, ErrTxDone } from '../../src/pool/errors.ts';
import { at, expectNoLeaks, ms, runAll, setup, users } from './helpers.ts';
import { Registry } from '../../src/pool/registry.ts';
import { FakeDriver } from '../../src/pool/fake-driver.ts';

describe('§14 Stmt scenarios', () => {
  it('11: unclosed Stmts hold no pool conn but keep driver statements until the conn closes', () => {
    const { world, driver, db } = setup();
    const stmts: Stmt[] = [];
    world.spawn('main', function* () {
      for (let i = 0; i < 5; i++) {
        const [stmt, err] = yield* db.prepare('UPDATE users SET name = ? WHERE id = ?');
        expect(err).toBeNull();
        const [, e2] = yield* stmt!.exec(['x', BigInt(i)]);
        expect(e2).toBeNull();
        stmts.push(stmt!);
      }
      expect(db.stats()).toMatchObject({ OpenConnections: 1, InUse: 0, Idle: 1 });
      expect(driver.preparedStatements()).toBe(5);
      db.setMaxIdleConns(-1);
      yield* world.sleep(1);
      expect(db.stats()).toMatchObject({ OpenConnections: 0, MaxIdleClosed: 1 });
      expect(driver.preparedStatements()).toBe(0);
      for (const s of stmts) expect(yield* s.close()).toBeNull();
      expect(yield* stmts[0]!.close()).toBeNull();
      const [, e3] = yield* stmts[0]!.exec(['x', 1n]);
      expect(e3!.Error()).toBe('sql: statement is closed');
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('12: one Stmt used by 3 goroutines at once is prepared on 3 conns; Close frees them all', () => {
    const { world, driver, db } = setup();
    let stmt: Stmt | null = null;
    const rows: Rows[] = [];
    world.spawn('main', function* () {
      [stmt] = yield* db.prepare('SELECT * FROM users WHERE id > ?');
      for (let i = 0; i < 3; i++) {
        world.spawn(`g${i}`, function* () {
          const [r, err] = yield* stmt!.query([0n]);
          expect(err).toBeNull();
          rows.push(r!);
        });
      }
      yield* world.sleep(1 * ms);
      expect(db.stats()).toMatchObject({ OpenConnections: 3, InUse: 3 });
      expect(driver.preparedStatements()).toBe(3);
      for (const r of rows) yield* r.close();
      expect(db.stats()).toMatchObject({ OpenConnections: 2, Idle: 2, MaxIdleClosed: 1 });
      expect(driver.preparedStatements()).toBe(2);
      yield* stmt!.close();
      expect(driver.preparedStatements()).toBe(0);
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('Stmt.Close while its Rows is open frees the driver statement when that Rows closes', () => {
    const { world, driver, db } = setup();
    world.spawn('main', function* () {
      const [stmt] = yield* db.prepare('SELECT * FROM users WHERE id > ?');
      const [r] = yield* stmt!.query([0n]);
      expect(yield* stmt!.close()).toBeNull();
      expect(driver.preparedStatements()).toBe(1);
      yield* r!.close();
      expect(driver.preparedStatements()).toBe(0);
    });
    runAll(world);
    expectNoLeaks(db);
  });
});

describe('§14 Tx scenarios', () => {
  it('15: a leaked Tx holds its conn; BeginTx(ctx) rolls back when ctx is cancelled and keeps the conn', () => {
    const { world, driver, db } = setup();
    world.spawn('main', function* () {
      const [leaked] = yield* db.begin({ file: 'main.go', line: 30, col: 12 });
      expect(db.stats().InUse).toBe(1);
      expect(db.openResources()).toEqual([expect.objectContaining({ kind: 'tx', site: { file: 'main.go', line: 30, col: 12 } })]);
      const [ctx, cancel] = withCancel(background(world));
      const [tx, err] = yield* db.beginTx(ctx);
      expect(err).toBeNull();
      const txConn = tx!.connId();
      yield* at(world, 50 * ms);
      cancel();
      yield* world.sleep(1);
      const session = world.log.ofKind('conn.dial.end').find((e) => e.conn === txConn)!.session;
      const rec = driver.conns.find((c) => c.id === session)!;
      expect(rec.statements.at(-1)).toEqual({ t: 50 * ms, sql: 'ROLLBACK' });
      expect(db.stats()).toMatchObject({ OpenConnections: 2, InUse: 1, Idle: 1 });
      expect(yield* tx!.commit()).toBe(ErrTxDone);
      expect(ErrTxDone.Error()).toBe('sql: transaction has already been committed or rolled back');
      expect(yield* leaked!.rollback()).toBeNull();
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('16: an open Tx Rows does not block Commit; Commit closes it and the conn goes idle', () => {
    const { world, db } = setup();
    world.spawn('main', function* () {
      const [tx] = yield* db.begin();
      const [rows] = yield* tx!.query('SELECT * FROM users');
      expect(yield* rows!.next()).toBe(true);
      expect(yield* tx!.commit()).toBeNull();
      expect(db.stats()).toMatchObject({ OpenConnections: 1, InUse: 0, Idle: 1 });
      expect(rows!.closed).toBe(true);
      expect(world.log.ofKind('rows.close').map((e) => e.by)).toEqual(['txEnd']);
      const [, err] = yield* tx!.exec('UPDATE users SET name = name');
      expect(err).toBe(ErrTxDone);
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('a Tx Stmt is closed by Commit', () => {
    const { world, driver, db } = setup();
    world.spawn('main', function* () {
      const [tx] = yield* db.begin();
      const [stmt] = yield* tx!.prepare('UPDATE users SET name = ? WHERE id = ?');
      expect((yield* stmt!.exec(['a', 1n]))[1]).toBeNull();
      expect(driver.preparedStatements()).toBe(1);
      expect(yield* tx!.commit()).toBeNull();
      expect(driver.preparedStatements()).toBe(0);
      expect((yield* stmt!.exec(['a', 1n]))[1]!.Error()).toBe('sql: statement is closed');
    });
    runAll(world);
    expectNoLeaks(db);
  });
});

describe('Tx.Stmt', () => {
  it('binds a DB Stmt to the Tx conn, preparing it there once; Commit closes the wrapper, the parent keeps its statements', () => {
    const { world, driver, db } = setup();
    world.spawn('main', function* () {
      const [stmt] = yield* db.prepare('UPDATE users SET name = ? WHERE id = ?'); // prepared on conn A, now idle
      const [held] = yield* db.query('SELECT * FROM users'); // takes conn A
      const [tx] = yield* db.begin(); // dials conn B
      const txs = yield* tx!.stmt(stmt!);
      expect(driver.preparedStatements()).toBe(2); // A and B
      expect((yield* txs.exec(['n', 1n]))[1]).toBeNull();
      const again = yield* tx!.stmt(stmt!);
      expect(driver.preparedStatements()).toBe(2); // reused on B
      expect(yield* tx!.commit()).toBeNull();
      expect((yield* txs.exec(['n', 1n]))[1]!.Error()).toBe('sql: statement is closed');
      expect((yield* again.exec(['n', 1n]))[1]!.Error()).toBe('sql: statement is closed');
      expect(driver.preparedStatements()).toBe(2);
      yield* held!.close();
      yield* stmt!.close();
      expect(driver.preparedStatements()).toBe(0);
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('defers errors: a Stmt of another DB, or a Tx already done', () => {
    const { world, db } = setup();
    const reg = new Registry();
    reg.register('fake2', new FakeDriver(world, { tables: { users } }));
    const otherDB = reg.open(world, 'fake2', '')[0]!;
    world.spawn('main', function* () {
      const [mine] = yield* db.prepare('SELECT * FROM users');
      const [foreignStmt] = yield* otherDB.prepare('SELECT * FROM users');
      const [tx] = yield* db.begin();
      const wrong = yield* tx!.stmt(foreignStmt!);
      const text = 'sql: Tx.Stmt: statement from different database used';
      expect((yield* wrong.exec())[1]!.Error()).toBe(text);
      expect((yield* wrong.close())!.Error()).toBe(text);
      yield* tx!.rollback();
      const late = yield* tx!.stmt(mine!);
      expect((yield* late.exec())[1]).toBe(ErrTxDone);
      yield* mine!.close();
      yield* foreignStmt!.close();
      yield* otherDB.close();
    });
    runAll(world);
    expectNoLeaks(db);
    expectNoLeaks(otherDB);
  });
});

describe('§14 Conn and DB.Close scenarios', () => {
  it('17: a Conn ignores its context after acquiring; Close returns it; a second Close is ErrConnDone', () => {
    const { world, db } = setup();
    world.spawn('main', function* () {
      const [ctx, cancel] = withCancel(background(world));
      const [conn] = yield* db.connContext(ctx);
      cancel();
      yield* world.sleep(1);
      expect(db.stats().InUse).toBe(1);
      expect(yield* conn!.close()).toBeNull();
      expect(db.stats()).toMatchObject({ InUse: 0, Idle: 1 });
      expect(yield* conn!.close()).toBe(ErrConnDone);
      expect(ErrConnDone.Error()).toBe('sql: connection is already closed');
      const [, err] = yield* conn!.execContext(background(world), 'UPDATE users SET name = name');
      expect(err).toBe(ErrConnDone);
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('18: Conn.Close blocks while a Rows from it is open', () => {
    const { world, db } = setup();
    let closedAt = -1;
    world.spawn('main', function* () {
      const [conn] = yield* db.connContext(background(world));
      const [rows] = yield* conn!.queryContext(background(world), 'SELECT * FROM users');
      world.spawn('closer', function* () {
        expect(yield* conn!.close()).toBeNull();
        closedAt = world.now();
      });
      yield* at(world, 300 * ms);
      expect(closedAt).toBe(-1);
      expect(db.stats().InUse).toBe(1);
      const closer = world.tasks().find((t) => t.name === 'closer')!;
      expect(closer.state).toBe('blocked');
      yield* rows!.close();
      yield* world.sleep(1);
      expect(closedAt).toBe(300 * ms);
      expect(db.stats()).toMatchObject({ InUse: 0, Idle: 1 });
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('18b: a Conn whose Rows is never closed deadlocks Close; the report names the wait', () => {
    const { world, db } = setup();
    world.spawn('main', function* () {
      const [conn] = yield* db.connContext(background(world));
      yield* conn!.queryContext(background(world), 'SELECT * FROM users');
      yield* conn!.close();
    });
    const r = world.run();
    expect(r.kind).toBe('deadlock');
    if (r.kind === 'deadlock') expect(r.blocked.map((b) => [b.task.name, b.reason])).toEqual([['main', 'sync.RWMutex.Lock']]);
    // The leak check here: the Conn (its Close never finished) and the never-closed Rows are open.
    expect(db.openResources().map((o) => o.kind)).toEqual(['heldConn', 'rows']);
    expect(db.stats()).toMatchObject({ OpenConnections: 1, InUse: 1 });
  });

  it('19: DB.Close fails the waiter, leaves the in-use conn working, and closes it on release', () => {
    const { world, db } = setup();
    db.setMaxOpenConns(1);
    let g1: Rows | null = null;
    world.spawn('G1', function* () {
      [g1] = yield* db.query('SELECT * FROM users');
      yield* at(world, 50 * ms);
      expect(yield* db.close()).toBeNull();
      expect(world.now()).toBe(50 * ms);
      yield* world.sleep(1);
      expect(db.stats()).toMatchObject({ OpenConnections: 1, InUse: 1, WaitCount: 1, WaitDuration: 50 * ms });
      expect(yield* g1!.next()).toBe(true);
      const [, err] = yield* db.query('SELECT * FROM users');
      expect(err!.Error()).toBe('sql: database is closed');
      yield* at(world, 60 * ms);
      yield* g1!.close();
      expect(db.stats().OpenConnections).toBe(0);
      expect(yield* db.close()).toBeNull();
    });
    world.spawn('G2', function* () {
      const [rows, err] = yield* db.query('SELECT * FROM users');
      expect(rows).toBeNull();
      expect(err!.Error()).toBe('sql: database is closed');
      expect(world.now()).toBe(50 * ms);
    });
    runAll(world);
    expectNoLeaks(db);
  });
});

describe('context errors', () => {
  it('a query with an already-cancelled context fails at once with context canceled and counts nothing', () => {
    const { world, db } = setup();
    world.spawn('main', function* () {
      const [ctx, cancel] = withCancel(background(world));
      cancel();
      const [rows, err] = yield* db.queryContext(ctx, 'SELECT * FROM users');
      expect(rows).toBeNull();
      expect(err).toBe(Canceled);
      expect(db.stats().OpenConnections).toBe(0);
    });
    runAll(world);
    expectNoLeaks(db);
  });
});
