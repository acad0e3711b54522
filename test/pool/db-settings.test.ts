import { describe, expect, it } from 'vitest';
import { World } from '../../src/sim/world.ts';
import { newError } from '../../src/sim/errors.ts';
import { Registry } from '../../src/pool/registry.ts';
import { FakeDriver } from '../../src/pool/fake-driver.ts';
import type { Driver } from '../../src/pool/driver.ts';
import { expectNoLeaks, runAll, setup } from './helpers.ts';

describe('sql.Open and the driver registry', () => {
  it('an unknown driver name gives Go\'s text, and Drivers() lists names sorted', () => {
    const world = new World({ seed: 1 });
    const reg = new Registry();
    reg.register('mysql', new FakeDriver(world));
    reg.register('fake', new FakeDriver(world));
    expect(reg.names()).toEqual(['fake', 'mysql']);
    const [db, err] = reg.open(world, 'postgres', 'dsn');
    expect(db).toBeNull();
    expect(err!.Error()).toBe('sql: unknown driver "postgres" (forgotten import?)');
  });

  it('a DriverContext parses the DSN at Open and its error is returned as is', () => {
    const world = new World({ seed: 1 });
    const reg = new Registry();
    const bad = newError('invalid DSN: missing the slash separating the database name');
    const driver: Driver = {
      *open() {
        return [null, bad];
      },
      openConnector: () => [null, bad],
    };
    reg.register('mysql', driver);
    expect(reg.open(world, 'mysql', 'user@tcp(host)')).toEqual([null, bad]);
  });
});

describe('pool settings', () => {
  it('SetMaxOpenConns(1) lowers the default idle limit of 2 to 1; SetMaxIdleConns(0) means none, not the default', () => {
    const { world, db } = setup();
    expect(db.maxIdleConnsLocked()).toBe(2);
    db.setMaxOpenConns(1);
    expect(db.maxIdleConnsLocked()).toBe(1);
    db.setMaxOpenConns(0);
    db.setMaxIdleConns(0);
    expect(db.maxIdleConnsLocked()).toBe(0);
    db.setMaxOpenConns(-3);
    expect(db.stats().MaxOpenConnections).toBe(0);
    world.spawn('main', function* () {
      expect(yield* db.ping()).toBeNull();
      expect(db.stats()).toMatchObject({ OpenConnections: 0, MaxIdleClosed: 1 });
    });
    runAll(world);
    expectNoLeaks(db);
  });

  it('every setting change is an event with the effective idle limit', () => {
    const { db, world } = setup();
    db.setMaxIdleConns(10);
    db.setMaxOpenConns(3);
    const ev = world.log.ofKind('pool.settings').map((e) => [e.setting, e.value, e.maxOpen, e.effectiveMaxIdle]);
    expect(ev).toEqual([
      ['maxIdle', 10, 0, 10],
      ['maxOpen', 3, 3, 10],
      ['maxIdle', 3, 3, 3],
    ]);
    expectNoLeaks(db);
  });

  it('each setter puts its caller\'s site on the pool.settings events it emits (and the idle trim it causes)', () => {
    const { db, world } = setup();
    const at = (line: number) => ({ file: 'main.go', line, col: 2 });
    db.setMaxOpenConns(5, at(10));
    db.setMaxIdleConns(4, at(11));
    db.setConnMaxLifetime(60e9, at(12));
    db.setConnMaxIdleTime(30e9, at(13));
    db.setMaxOpenConns(2, at(14));
    db.setConnMaxLifetime(0);
    const ev = world.log.ofKind('pool.settings').map((e) => [e.setting, e.value, e.site?.line]);
    expect(ev).toEqual([
      ['maxOpen', 5, 10],
      ['maxIdle', 4, 11],
      ['maxLifetime', 60e9, 12],
      ['maxIdleTime', 30e9, 13],
      ['maxOpen', 2, 14],
      ['maxIdle', 2, 14],
      ['maxLifetime', 0, undefined],
    ]);
    expectNoLeaks(db);
  });
});
