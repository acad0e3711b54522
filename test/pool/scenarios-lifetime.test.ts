// Spec §14 scenarios about ConnMaxLifetime, ConnMaxIdleTime and the cleaner (fake driver).
import { describe, expect, it } from 'vitest';
import type { Rows } from '../../src/pool/rows.ts';
import { at, expectNoLeaks, ms, runAll, setup } from './helpers.ts';

describe('§14 lifetime and cleaner scenarios', () => {
  it('25: lifetime never interrupts a held conn; it is closed on release', () => {
    const { world, db } = setup();
    db.setConnMaxLifetime(100 * ms);
    world.spawn('main', function* () {
      const [rows] = yield* db.query('SELECT * FROM users');
      yield* at(world, 250 * ms);
      expect(db.stats()).toMatchObject({ OpenConnections: 1, InUse: 1, MaxLifetimeClosed: 0 });
      yield* rows!.close();
      expect(db.stats()).toMatchObject({ OpenConnections: 0, MaxLifetimeClosed: 1 });
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('26: the cleaner waits at least 1s even with a 100ms lifetime', () => {
    const { world, db } = setup();
    db.setConnMaxLifetime(100 * ms);
    world.spawn('main', function* () {
      expect(yield* db.ping()).toBeNull();
      yield* at(world, 500 * ms);
      expect(db.stats()).toMatchObject({ OpenConnections: 1, Idle: 1 });
      yield* at(world, 1000 * ms - 1);
      expect(db.stats()).toMatchObject({ OpenConnections: 1, Idle: 1 });
      yield* at(world, 1000 * ms + 1);
      expect(db.stats()).toMatchObject({ OpenConnections: 0, MaxLifetimeClosed: 1 });
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('27: expired idle conns are closed at checkout and the call retries, ending on a new conn', () => {
    const { world, driver, db } = setup();
    db.setConnMaxLifetime(1200 * ms);
    db.setMaxIdleConns(5);
    world.spawn('main', function* () {
      const held: Rows[] = [];
      for (let i = 0; i < 3; i++) held.push((yield* db.query('SELECT * FROM users'))[0]!);
      yield* at(world, 500 * ms);
      for (const r of held) yield* r.close();
      yield* at(world, 1300 * ms);
      const [, err] = yield* db.exec('UPDATE users SET name = name');
      expect(err).toBeNull();
      expect(driver.dials).toBe(4);
      expect(db.stats()).toMatchObject({ OpenConnections: 2, Idle: 2, MaxLifetimeClosed: 2 });
      yield* at(world, 1700 * ms + 1);
      expect(db.stats()).toMatchObject({ OpenConnections: 1, MaxLifetimeClosed: 3 });
      // At 1700 the new conn (created 1300) has 800ms left, but connectionCleaner floors every wait at
      // 1s, so the next tick is 2700, when it is past its lifetime. (The spec's "2500, then 3500" aside
      // ignores that floor; Go's code has it.)
      yield* at(world, 2700 * ms - 1);
      expect(db.stats()).toMatchObject({ OpenConnections: 1, MaxLifetimeClosed: 3 });
      yield* at(world, 2700 * ms + 1);
      expect(db.stats()).toMatchObject({ OpenConnections: 0, MaxLifetimeClosed: 4 });
    });
    runAll(world);
    expect(world.log.ofKind('conn.close').map((e) => [e.t / ms, e.reason])).toEqual([
      [1300, 'maxLifetime'],
      [1300, 'maxLifetime'],
      [1700, 'maxLifetime'],
      [2700, 'maxLifetime'],
    ]);
    expectNoLeaks(db);
  });

  it('28: idle time is enforced only by the cleaner: a conn idle 600ms is reused, then closed at 1000ms', () => {
    const { world, driver, db } = setup();
    db.setConnMaxIdleTime(300 * ms);
    world.spawn('main', function* () {
      expect(yield* db.ping()).toBeNull();
      yield* at(world, 600 * ms);
      expect(yield* db.ping()).toBeNull();
      expect(driver.dials).toBe(1);
      expect(db.stats().MaxIdleTimeClosed).toBe(0);
      yield* at(world, 1000 * ms + 1);
      expect(db.stats()).toMatchObject({ OpenConnections: 0, MaxIdleTimeClosed: 1 });
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('28b: without the second Ping the idle conn is also closed by the 1000ms tick', () => {
    const { world, db } = setup();
    db.setConnMaxIdleTime(300 * ms);
    world.spawn('main', function* () {
      expect(yield* db.ping()).toBeNull();
      yield* at(world, 999 * ms);
      expect(db.stats().OpenConnections).toBe(1);
      yield* at(world, 1000 * ms + 1);
      expect(db.stats()).toMatchObject({ OpenConnections: 0, MaxIdleTimeClosed: 1 });
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('setting a lifetime on a pool with no conns starts no cleaner', () => {
    const { world, db } = setup();
    db.setConnMaxLifetime(100 * ms);
    world.spawn('main', function* () {
      yield* at(world, 5000 * ms);
    });
    runAll(world);
    expect(world.log.ofKind('conn.close')).toEqual([]);
    expectNoLeaks(db);
  });
});
