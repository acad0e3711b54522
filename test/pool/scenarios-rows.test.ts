// Spec §14 scenarios about Rows and Row (fake driver).
import { describe, expect, it } from 'vitest';
import { background, Canceled, DeadlineExceeded, withCancel, withTimeout } from '../../src/sim/context.ts';
import type { Rows } from '../../src/pool/rows.ts';
import type { Row } from '../../src/pool/row.ts';
import { ErrNoRows } from '../../src/pool/errors.ts';
import { at, dest, expectNoLeaks, ms, runAll, setup } from './helpers.ts';

const site = (line: number) => ({ file: 'main.go', line, col: 17 });

describe('§14 Rows scenarios', () => {
  it('3: a fully iterated Rows closes itself and releases its conn; Close stays nil', () => {
    const { world, db } = setup();
    world.spawn('main', function* () {
      const [rows] = yield* db.query('SELECT * FROM users');
      const seen: boolean[] = [];
      for (let i = 0; i < 4; i++) seen.push(yield* rows!.next());
      expect(seen).toEqual([true, true, true, false]);
      expect(db.stats()).toMatchObject({ OpenConnections: 1, InUse: 0, Idle: 1 });
      expect(rows!.err()).toBeNull();
      expect(yield* rows!.close()).toBeNull();
      expect(yield* rows!.close()).toBeNull();
      expect(world.log.ofKind('rows.close').map((e) => e.by)).toEqual(['autoEOF']);
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('5: a Scan error keeps the Rows open and the conn in use; Next still works', () => {
    const { world, db } = setup();
    world.spawn('main', function* () {
      const [rows] = yield* db.query('SELECT * FROM users', [], site(14));
      expect(yield* rows!.next()).toBe(true);
      const id = {};
      const err = rows!.scan(dest('int64', id), dest('int'));
      expect(err!.Error()).toBe(
        'sql: Scan error on column index 1, name "name": converting driver.Value type []uint8 ("user01") to a int: invalid syntax',
      );
      expect(db.stats().InUse).toBe(1);
      expect(yield* rows!.next()).toBe(true);
      // An early return here is a leak: the report names the line that opened the Rows.
      expect(db.openResources()).toContainEqual(expect.objectContaining({ kind: 'rows', site: site(14) }));
      yield* rows!.close();
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('6: a driver error during Next closes the Rows and discards the broken conn, no counter moves', () => {
    const { world, db } = setup({ faults: [{ op: 'row', row: 3, effect: { kind: 'break' } }] });
    world.spawn('main', function* () {
      const [rows] = yield* db.query('SELECT * FROM users');
      expect(yield* rows!.next()).toBe(true);
      expect(yield* rows!.next()).toBe(true);
      expect(yield* rows!.next()).toBe(false);
      expect(rows!.err()!.Error()).toBe('invalid connection');
      expect(db.stats()).toMatchObject({ OpenConnections: 0, MaxIdleClosed: 0, MaxLifetimeClosed: 0, MaxIdleTimeClosed: 0 });
      expect(yield* rows!.close()).toBeNull();
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('7: a query error returns nil Rows and puts the conn back idle', () => {
    const syntax = "Error 1064 (42000): You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near 'FORM users' at line 1";
    const { world, db } = setup({ faults: [{ op: 'query', match: 'FORM', effect: { kind: 'error', error: syntax } }] });
    world.spawn('main', function* () {
      const [rows, err] = yield* db.query('SELECT * FORM users');
      expect(rows).toBeNull();
      expect(err!.Error()).toBe(syntax);
      expect(db.stats()).toMatchObject({ OpenConnections: 1, Idle: 1, InUse: 0 });
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('8: Row.Scan releases the conn; an unscanned QueryRow leaks it; no rows gives ErrNoRows', () => {
    const { world, db } = setup();
    let leaked: Row | null = null;
    world.spawn('main', function* () {
      const name = {};
      const row = yield* db.queryRow('SELECT * FROM users LIMIT 1');
      expect(yield* row.scan(dest('int64'), dest('string', name))).toBeNull();
      expect(name).toEqual({ v: 'user01' });
      expect(db.stats()).toMatchObject({ Idle: 1, InUse: 0 });
      leaked = yield* db.queryRow('SELECT * FROM users', [], site(21));
      expect(db.stats().InUse).toBe(1);
      const [, err] = [null, yield* (yield* db.queryRow('SELECT * FROM empty')).scan(dest('int64'))];
      expect(err).toBe(ErrNoRows);
      expect(err!.Error()).toBe('sql: no rows in result set');
      expect(db.stats().InUse).toBe(1);
      expect(db.openResources()).toEqual([expect.objectContaining({ kind: 'rows', site: site(21) })]);
      yield* leaked!.rows!.close();
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('9: panicking handlers leak with Query but not with QueryContext(request ctx); a full pool then times out', () => {
    const { world, db } = setup();
    const leaked: Rows[] = [];
    for (let i = 0; i < 3; i++) {
      world.spawn(`request${i}`, function* () {
        const [rows] = yield* db.query('SELECT * FROM users');
        leaked.push(rows!);
        // the handler panics here; net/http recovers; nothing closes the Rows
      });
    }
    runAll(world);
    expect(db.stats()).toMatchObject({ OpenConnections: 3, InUse: 3 });
    world.spawn('cleanup', function* () {
      for (const r of leaked) yield* r.close();
    });
    runAll(world);
    for (let i = 0; i < 3; i++) {
      world.spawn(`ctxRequest${i}`, function* () {
        const [reqCtx, cancel] = withCancel(background(world));
        yield* db.queryContext(reqCtx, 'SELECT * FROM users');
        cancel(); // the request ends (even by panic): its context is cancelled
      });
    }
    runAll(world);
    expect(db.stats().InUse).toBe(0);
    // MaxOpen=3 and three leaked Query requests: a 4th request with a 1s context times out.
    db.setMaxOpenConns(3);
    const leaked2: Rows[] = [];
    const start = world.now();
    for (let i = 0; i < 3; i++) {
      world.spawn(`panic${i}`, function* () {
        leaked2.push((yield* db.query('SELECT * FROM users'))[0]!);
      });
    }
    world.spawn('fourth', function* () {
      yield* world.sleep(1);
      const [ctx, cancel] = withTimeout(background(world), 1000 * ms);
      const [rows, err] = yield* db.queryContext(ctx, 'SELECT * FROM users');
      cancel();
      expect(rows).toBeNull();
      expect(err).toBe(DeadlineExceeded);
      expect(world.now() - start).toBe(1000 * ms + 1);
      expect(db.stats().WaitCount).toBe(1);
      for (const r of leaked2) yield* r.close();
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('10: a leaked Rows from QueryContext is released when its context is cancelled', () => {
    const { world, db } = setup();
    world.spawn('main', function* () {
      const [ctx, cancel] = withCancel(background(world));
      const [rows] = yield* db.queryContext(ctx, 'SELECT * FROM users');
      expect(db.stats().InUse).toBe(1);
      yield* at(world, 50 * ms);
      cancel();
      yield* world.sleep(1);
      expect(db.stats().InUse).toBe(0);
      expect(rows!.err()).toBe(Canceled);
      expect(yield* rows!.next()).toBe(false);
      expect(world.log.ofKind('rows.close').map((e) => [e.by, e.t])).toEqual([['context', 50 * ms]]);
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('14: a Query with arguments through a driver without interpolation prepares a hidden statement until the Rows closes', () => {
    const { world, driver, db } = setup({ skipWithArgs: true });
    world.spawn('main', function* () {
      const [rows] = yield* db.query('SELECT * FROM users WHERE id = ?', [1n]);
      expect(db.stats().InUse).toBe(1);
      expect(driver.preparedStatements()).toBe(1);
      yield* rows!.close();
      expect(db.stats().InUse).toBe(0);
      expect(driver.preparedStatements()).toBe(0);
      const [, err] = yield* db.exec('UPDATE users SET name = ? WHERE id = ?', ['x', 1n]);
      expect(err).toBeNull();
      expect(driver.preparedStatements()).toBe(0);
      const [, err2] = yield* db.exec('UPDATE users SET name = ? WHERE id = ?', ['x']);
      expect(err2!.Error()).toBe('sql: expected 2 arguments, got 1');
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('34: a context deadline during a slow query fails with the context error and discards the conn', () => {
    const { world, db } = setup({ faults: [{ op: 'query', match: 'SLEEP', effect: { kind: 'latency', d: 1000 * ms } }] });
    world.spawn('main', function* () {
      const [ctx, cancel] = withTimeout(background(world), 100 * ms);
      const [rows, err] = yield* db.queryContext(ctx, 'SELECT SLEEP(1)');
      cancel();
      expect(rows).toBeNull();
      expect(err!.Error()).toBe('context deadline exceeded');
      expect(world.now()).toBe(100 * ms);
      expect(db.stats()).toMatchObject({ OpenConnections: 0, InUse: 0, Idle: 0 });
      expect(world.log.ofKind('conn.close').map((e) => e.reason)).toEqual(['context']);
    });
    runAll(world);
    expectNoLeaks(db);
  });
});

describe('Rows API errors', () => {
  it('Scan before Next, wrong destination count, and after close give Go texts', () => {
    const { world, db } = setup();
    world.spawn('main', function* () {
      const [rows] = yield* db.query('SELECT * FROM users');
      expect(rows!.scan(dest('int64'), dest('string'))!.Error()).toBe('sql: Scan called without calling Next');
      yield* rows!.next();
      expect(rows!.scan(dest('int64'))!.Error()).toBe('sql: expected 2 destination arguments in Scan, not 1');
      expect(rows!.columns()).toEqual([['id', 'name'], null]);
      yield* rows!.close();
      expect(rows!.scan(dest('int64'), dest('string'))!.Error()).toBe('sql: Rows are closed');
      expect(rows!.columns()[1]!.Error()).toBe('sql: Rows are closed');
      const [r2] = yield* db.query('SELECT * FROM users');
      yield* r2!.next();
      const bad = yield* (yield* db.queryRow('SELECT * FROM users')).scan(dest('rawBytes'), dest('rawBytes'));
      expect(bad!.Error()).toBe("sql: RawBytes isn't allowed on Row.Scan");
      yield* r2!.close();
    });
    runAll(world);
    expectNoLeaks(db);
  });
});

describe('Rows.NextResultSet', () => {
  it('with a single result set, NextResultSet is false and closes the Rows, releasing the conn', () => {
    const { world, db } = setup();
    world.spawn('main', function* () {
      const [rows] = yield* db.query('SELECT * FROM users');
      expect(yield* rows!.next()).toBe(true);
      expect(yield* rows!.nextResultSet()).toBe(false);
      expect(rows!.closed).toBe(true);
      expect(rows!.err()).toBeNull();
      expect(db.stats()).toMatchObject({ InUse: 0, Idle: 1 });
    });
    runAll(world);
    expectNoLeaks(db);
  });
});
