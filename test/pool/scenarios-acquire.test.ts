// Spec §14 scenarios about acquisition, waiting, the idle list and the opener (fake driver).
import { describe, expect, it } from 'vitest';
import { background, withTimeout } from '../../src/sim/context.ts';
import type { Rows } from '../../src/pool/rows.ts';
import { at, expectNoLeaks, ms, runAll, setup } from './helpers.ts';

const zero = {
  MaxOpenConnections: 0, OpenConnections: 0, InUse: 0, Idle: 0, WaitCount: 0, WaitDuration: 0,
  MaxIdleClosed: 0, MaxIdleTimeClosed: 0, MaxLifetimeClosed: 0,
};

describe('§14 acquisition scenarios', () => {
  it('1: Open is lazy; the first Ping dials once and leaves one idle conn', () => {
    const { world, driver, db } = setup();
    world.spawn('main', function* () {
      expect(db.stats()).toEqual(zero);
      expect(driver.dials).toBe(0);
      yield* at(world, 1 * ms);
      expect(yield* db.ping()).toBeNull();
      expect(db.stats()).toEqual({ ...zero, OpenConnections: 1, Idle: 1 });
      expect(driver.dials).toBe(1);
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('2: a waiter gets the released conn; WaitDuration counts only finished waits', () => {
    const { world, db } = setup();
    db.setMaxOpenConns(2);
    const held: Record<string, Rows> = {};
    for (const g of ['G1', 'G2']) {
      world.spawn(g, function* () {
        const [rows, err] = yield* db.query('SELECT * FROM users');
        expect(err).toBeNull();
        held[g] = rows!;
        yield* at(world, g === 'G1' ? 10 * ms : 20 * ms);
        expect(yield* rows!.close()).toBeNull();
      });
    }
    world.spawn('G3', function* () {
      const [rows, err] = yield* db.query('SELECT * FROM users');
      expect(err).toBeNull();
      expect(world.now()).toBe(10 * ms);
      expect(rows!.dc.id).toBe(held.G1!.dc.id);
      yield* at(world, 20 * ms);
      yield* rows!.close();
    });
    world.spawn('observer', function* () {
      yield* at(world, 5 * ms);
      expect(db.stats()).toEqual({ ...zero, MaxOpenConnections: 2, OpenConnections: 2, InUse: 2, WaitCount: 1 });
      yield* at(world, 10 * ms + 1);
      expect(db.stats()).toEqual({ ...zero, MaxOpenConnections: 2, OpenConnections: 2, InUse: 2, WaitCount: 1, WaitDuration: 10 * ms });
      yield* at(world, 21 * ms);
      expect(db.stats()).toMatchObject({ OpenConnections: 2, Idle: 2, InUse: 0 });
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('4: a leaked Rows starves a MaxOpen=1 pool; the next QueryContext times out after 200ms', () => {
    const { world, db } = setup();
    db.setMaxOpenConns(1);
    let leaked: Rows | null = null;
    world.spawn('main', function* () {
      const [rows] = yield* db.query('SELECT * FROM users');
      expect(yield* rows!.next()).toBe(true);
      leaked = rows; // break after row 1, no Close
      const [ctx, cancel] = withTimeout(background(world), 200 * ms);
      const [r2, err] = yield* db.queryContext(ctx, 'SELECT * FROM users');
      cancel();
      expect(r2).toBeNull();
      expect(err!.Error()).toBe('context deadline exceeded');
      expect(world.now()).toBe(200 * ms);
      expect(db.stats()).toEqual({ ...zero, MaxOpenConnections: 1, OpenConnections: 1, InUse: 1, WaitCount: 1, WaitDuration: 200 * ms });
    });
    runAll(world);
    world.spawn('cleanup', function* () {
      yield* leaked!.close();
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('20: raising MaxOpen does not wake a waiter; it is served only when the holder releases', () => {
    const { world, db } = setup();
    db.setMaxOpenConns(1);
    let g1conn = -1;
    world.spawn('G1', function* () {
      const [rows] = yield* db.query('SELECT * FROM users');
      g1conn = rows!.dc.id;
      yield* at(world, 250 * ms);
      yield* rows!.close();
    });
    world.spawn('G2', function* () {
      const [rows, err] = yield* db.query('SELECT * FROM users');
      expect(err).toBeNull();
      expect(world.now()).toBe(250 * ms);
      expect(rows!.dc.id).toBe(g1conn);
      expect(db.stats()).toMatchObject({ WaitCount: 1, WaitDuration: 250 * ms, OpenConnections: 1 });
      yield* rows!.close();
    });
    world.spawn('admin', function* () {
      yield* at(world, 50 * ms);
      db.setMaxOpenConns(5);
      yield* at(world, 249 * ms);
      expect(db.waiters()).toBe(1);
      expect(db.stats()).toMatchObject({ MaxOpenConnections: 5, WaitCount: 1, WaitDuration: 0, OpenConnections: 1 });
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('21: lowering MaxOpen keeps in-use conns; the first releases close them uncounted', () => {
    const { world, db } = setup();
    db.setMaxIdleConns(5);
    const rows: Rows[] = [];
    for (let i = 0; i < 4; i++) {
      world.spawn(`G${i}`, function* () {
        const [r] = yield* db.query('SELECT * FROM users');
        rows.push(r!);
      });
    }
    runAll(world);
    db.setMaxOpenConns(2);
    expect(db.maxIdleConnsLocked()).toBe(2);
    expect(db.stats()).toMatchObject({ MaxOpenConnections: 2, OpenConnections: 4, InUse: 4 });
    world.spawn('release', function* () {
      for (const r of rows) yield* r.close();
    });
    runAll(world);
    expect(db.stats()).toEqual({ ...zero, MaxOpenConnections: 2, OpenConnections: 2, Idle: 2 });
    const closes = world.log.ofKind('conn.close');
    expect(closes.map((c) => c.reason)).toEqual(['excess', 'excess']);
    expectNoLeaks(db);
  });

  it('22: the default idle cap is 2: five released conns leave 2 idle and MaxIdleClosed=3', () => {
    const { world, db } = setup();
    const rows: Rows[] = [];
    for (let i = 0; i < 5; i++) {
      world.spawn(`G${i}`, function* () {
        const [r] = yield* db.query('SELECT * FROM users');
        rows.push(r!);
      });
    }
    runAll(world);
    expect(db.stats()).toMatchObject({ OpenConnections: 5, InUse: 5 });
    world.spawn('release', function* () {
      for (const r of rows) yield* r.close();
    });
    runAll(world);
    expect(db.stats()).toEqual({ ...zero, OpenConnections: 2, Idle: 2, MaxIdleClosed: 3 });
    expectNoLeaks(db);
  });

  function* threeConns(db: ReturnType<typeof setup>['db'], world: ReturnType<typeof setup>['world']) {
    // Returns conns A, B, C in the order B, A, C (freeConn = [B, A, C]).
    const got: Rows[] = [];
    for (let i = 0; i < 3; i++) {
      world.spawn(`open${i}`, function* () {
        const [r] = yield* db.query('SELECT * FROM users');
        got.push(r!);
      });
    }
    yield* world.sleep(1 * ms);
    const [A, B, C] = got as [Rows, Rows, Rows];
    yield* B.close();
    yield* A.close();
    yield* C.close();
    return { A: A.dc.id, B: B.dc.id, C: C.dc.id };
  }

  it('23: SetMaxIdleConns trims the most recently returned idle conns first', () => {
    const { world, db } = setup();
    db.setMaxIdleConns(10);
    db.setMaxOpenConns(3);
    expect(db.maxIdleConnsLocked()).toBe(3);
    world.spawn('main', function* () {
      const { A, B, C } = yield* threeConns(db, world);
      expect(db.freeConn.map((d) => d.id)).toEqual([B, A, C]);
      db.setMaxIdleConns(1);
      expect(db.freeConn.map((d) => d.id)).toEqual([B]);
      expect(db.stats().MaxIdleClosed).toBe(2);
      yield* world.sleep(1);
      expect(world.log.ofKind('conn.close').map((e) => e.conn).sort()).toEqual([A, C].sort());
      db.setMaxIdleConns(0);
      yield* world.sleep(1);
      expect(db.stats()).toMatchObject({ MaxIdleClosed: 3, OpenConnections: 0, Idle: 0 });
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('24: the idle list is LIFO: the next query runs on the most recently returned conn', () => {
    const { world, db } = setup();
    db.setMaxIdleConns(5);
    world.spawn('main', function* () {
      const { C } = yield* threeConns(db, world);
      const [rows] = yield* db.query('SELECT * FROM users');
      expect(rows!.dc.id).toBe(C);
      yield* rows!.close();
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('29: stale idle conns fail ResetSession and are retried silently: 2 closed, 1 new dial', () => {
    const { world, driver, db } = setup();
    db.setMaxIdleConns(5);
    world.spawn('main', function* () {
      const rows: Rows[] = [];
      for (let i = 0; i < 4; i++) rows.push((yield* db.query('SELECT * FROM users'))[0]!);
      for (const r of rows) yield* r.close();
      expect(db.stats()).toMatchObject({ OpenConnections: 4, Idle: 4 });
      for (const c of driver.conns) driver.breakConn(c.id); // the server closed all 4 sessions
      expect(db.stats()).toMatchObject({ OpenConnections: 4, Idle: 4 });
      const dialsBefore = driver.dials;
      const [, err] = yield* db.exec('UPDATE users SET name = name');
      expect(err).toBeNull();
      expect(driver.dials - dialsBefore).toBe(1);
      expect(db.stats()).toEqual({ ...zero, OpenConnections: 3, Idle: 3 });
    });
    runAll(world);
    // Leave no stale conn behind for the leak check.
    expectNoLeaks(db);
  });

  it('31: a dial error on the direct path is returned at once, not retried, no wait counted', () => {
    const tooMany = 'Error 1040 (08004): Too many connections';
    const { world, driver, db } = setup({ faults: [{ op: 'dial', nth: 3, effect: { kind: 'error', error: tooMany } }] });
    db.setMaxOpenConns(3);
    world.spawn('main', function* () {
      const [r1] = yield* db.query('SELECT * FROM users');
      const [r2] = yield* db.query('SELECT * FROM users');
      const [r3, err] = yield* db.query('SELECT * FROM users');
      expect(r3).toBeNull();
      expect(err!.Error()).toBe(tooMany);
      expect(driver.dials).toBe(3);
      expect(db.stats()).toEqual({ ...zero, MaxOpenConnections: 3, OpenConnections: 2, InUse: 2 });
      yield* r1!.close();
      yield* r2!.close();
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('32: dial errors fan out to waiters: the opener dials once per waiter, in sequence', () => {
    const tooMany = 'Error 1040 (08004): Too many connections';
    const { world, driver, db } = setup({
      dialLatency: 0,
      faults: [
        { op: 'dial', match: '', nth: undefined, effect: { kind: 'latency', d: 0 } },
        { op: 'row', row: 1, match: 'FROM users', nth: 1, effect: { kind: 'break' } },
      ],
    });
    db.setMaxOpenConns(2);
    const errs: string[] = [];
    world.spawn('G1', function* () {
      const [rows] = yield* db.query('SELECT * FROM users');
      yield* at(world, 50 * ms);
      driver.faults.unshift({ op: 'dial', effect: { kind: 'error', error: tooMany } }); // the server now refuses logins
      expect(yield* rows!.next()).toBe(false);
      expect(rows!.err()!.Error()).toBe('invalid connection');
    });
    let g2: Rows | null = null;
    world.spawn('G2', function* () {
      g2 = (yield* db.query('SELECT * FROM empty'))[0];
    });
    for (const g of ['G3', 'G4', 'G5']) {
      world.spawn(g, function* () {
        const [rows, err] = yield* db.query('SELECT * FROM empty');
        expect(rows).toBeNull();
        errs.push(err!.Error());
        expect(world.now()).toBe(50 * ms);
      });
    }
    runAll(world);
    expect(errs).toEqual([tooMany, tooMany, tooMany]);
    expect(driver.dials).toBe(2 + 3);
    expect(db.stats()).toEqual({ ...zero, MaxOpenConnections: 2, OpenConnections: 1, InUse: 1, WaitCount: 3, WaitDuration: 150 * ms });
    world.spawn('cleanup', function* () {
      yield* g2!.close();
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('33: ErrBadConn on every Exec: 2 cached attempts then 1 new conn, then driver: bad connection', () => {
    const { world, driver, db } = setup({ faults: [{ op: 'exec', effect: { kind: 'badConn' } }] });
    db.setMaxIdleConns(5);
    world.spawn('main', function* () {
      expect(yield* db.ping()).toBeNull();
      expect(db.stats()).toMatchObject({ OpenConnections: 1, Idle: 1 });
      const [res, err] = yield* db.exec('UPDATE users SET name = ?', ['x']);
      expect(res).toBeNull();
      expect(err!.Error()).toBe('driver: bad connection');
      expect(driver.dials).toBe(3);
      expect(db.stats()).toEqual({ ...zero, OpenConnections: 0 });
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('35: a dial in flight counts as Open and InUse', () => {
    const { world, db } = setup({ dialLatency: 200 * ms });
    world.spawn('main', function* () {
      expect(yield* db.ping()).toBeNull();
    });
    world.spawn('observer', function* () {
      yield* at(world, 100 * ms);
      expect(db.stats()).toEqual({ ...zero, OpenConnections: 1, InUse: 1 });
      yield* at(world, 200 * ms + 1);
      expect(db.stats()).toEqual({ ...zero, OpenConnections: 1, Idle: 1 });
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('36: the opener dials one conn at a time: waiters are served 100ms apart', () => {
    const { world, db } = setup({
      dialLatency: 100 * ms,
      faults: [{ op: 'row', match: 'FROM users', effect: { kind: 'break' } }],
    });
    db.setMaxOpenConns(3);
    for (let i = 0; i < 3; i++) {
      world.spawn(`holder${i}`, function* () {
        const [rows] = yield* db.query('SELECT * FROM users');
        yield* world.sleep(1); // let the waiters queue up first
        expect(yield* rows!.next()).toBe(false); // the conn breaks: released as bad
      });
    }
    const servedAt: number[] = [];
    for (let i = 0; i < 3; i++) {
      world.spawn(`waiter${i}`, function* () {
        yield* at(world, 100 * ms);
        const [rows, err] = yield* db.query('SELECT * FROM empty');
        expect(err).toBeNull();
        servedAt.push(world.now());
        yield* at(world, 500 * ms); // hold it until every waiter is served
        yield* rows!.close();
      });
    }
    runAll(world);
    // The three held conns broke at 100ms+1ns; the opener then dialed 100ms per conn, one after another.
    expect(servedAt).toEqual([200 * ms + 1, 300 * ms + 1, 400 * ms + 1]);
    expect(db.stats()).toMatchObject({ WaitCount: 3, WaitDuration: 600 * ms + 3, OpenConnections: 2, Idle: 2, MaxIdleClosed: 1 });
    expect(world.log.ofKind('conn.dial.start').filter((e) => e.via === 'opener')).toHaveLength(3);
    expectNoLeaks(db);
  });
});

describe('waiter races', () => {
  it('a conn handed to a waiter whose context ended at the same instant goes back to the pool', () => {
    const { world, db } = setup();
    db.setMaxOpenConns(1);
    world.spawn('G1', function* () {
      const [rows] = yield* db.query('SELECT * FROM users');
      yield* at(world, 100 * ms); // this timer is created first, so G1 wakes first at 100ms
      yield* rows!.close(); // picks G2, whose context has already ended
    });
    world.spawn('G2', function* () {
      const [ctx, cancel] = withTimeout(background(world), 100 * ms);
      const [rows, err] = yield* db.queryContext(ctx, 'SELECT * FROM users');
      cancel();
      expect(rows).toBeNull();
      expect(err!.Error()).toBe('context deadline exceeded');
      expect(db.stats()).toMatchObject({ OpenConnections: 1, InUse: 0, Idle: 1, WaitCount: 1, WaitDuration: 100 * ms });
    });
    runAll(world);
    const handoff = world.log.ofKind('conn.release').map((e) => e.to);
    expect(handoff).toEqual(['waiter', 'idle']);
    expectNoLeaks(db);
  });
});

describe('§14 scenario 37: random waiter choice', () => {
  function winner(seed: number): 'G2' | 'G3' {
    const { world, db } = setup({}, seed, false);
    db.setMaxOpenConns(1);
    const order: string[] = [];
    world.spawn('G1', function* () {
      const [rows] = yield* db.query('SELECT * FROM empty');
      yield* at(world, 20 * ms);
      yield* rows!.close();
    });
    for (const [g, t] of [['G2', 0], ['G3', 10 * ms]] as const) {
      world.spawn(g, function* () {
        yield* at(world, t);
        const [rows] = yield* db.query('SELECT * FROM empty');
        order.push(g);
        if (order.length === 1) expect(db.stats().WaitCount).toBe(2);
        yield* world.sleep(1 * ms);
        yield* rows!.close();
      });
    }
    runAll(world);
    expectNoLeaks(db);
    return order[0] as 'G2' | 'G3';
  }

  it('gives the conn to either waiter with probability 1/2 over 10,000 seeds, the same for a seed', () => {
    let g2 = 0;
    const n = 10_000;
    for (let s = 0; s < n; s++) if (winner(s) === 'G2') g2++;
    expect(g2 / n).toBeGreaterThan(0.48);
    expect(g2 / n).toBeLessThan(0.52);
    expect(winner(1234)).toBe(winner(1234));
  });
});
