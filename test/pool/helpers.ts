import { expect } from 'vitest';
import { World } from '../../src/sim/world.ts';
import { Millisecond, type Nanos } from '../../src/sim/time.ts';
import { FakeDriver, type FakeOptions, type FakeTable } from '../../src/pool/fake-driver.ts';
import { Registry } from '../../src/pool/registry.ts';
import type { DB } from '../../src/pool/db.ts';
import { rebuildStats } from '../../src/pool/rebuild.ts';
import type { ScanDest } from '../../src/pool/convert.ts';
import { utf8Encode } from '../../src/pool/utf8.ts';

export const ms = Millisecond;

/** users is a 3-row table with an int64 id and a []byte name, as mysql's text protocol returns. */
export const users: FakeTable = {
  columns: ['id', 'name'],
  rows: [
    [1n, utf8Encode('user01')],
    [2n, utf8Encode('user02')],
    [3n, utf8Encode('user03')],
  ],
};
export const empty: FakeTable = { columns: ['id'], rows: [] };

/** setup builds a world, a fake driver registered as "fake", and an opened DB. */
export function setup(opts: FakeOptions = {}, seed = 1, log = true): { world: World; driver: FakeDriver; db: DB } {
  const world = new World({ seed, log });
  const driver = new FakeDriver(world, { tables: { users, empty }, ...opts });
  const reg = new Registry();
  reg.register('fake', driver);
  const [db, err] = reg.open(world, 'fake', 'fake-dsn');
  expect(err).toBeNull();
  return { world, driver, db: db! };
}

/** at sleeps the current task until the absolute virtual instant t. */
export function* at(world: World, t: Nanos): Generator<unknown, void, unknown> {
  yield* world.sleep(t - world.now());
}

/** runAll runs the world to completion and expects every task to finish. */
export function runAll(world: World): void {
  const r = world.run({ maxSteps: 5_000_000 });
  if (r.kind === 'error') throw r.error;
  expect(r.kind).toBe('done');
}

/** expectNoLeaks is the leak check every test ends with (as Go's pool tests do): every conn is back,
 * no waiter, no open Rows/Stmt/Tx/Conn, and the state rebuilt from the log equals the live stats. */
export function expectNoLeaks(db: DB): void {
  expect(db.openResources()).toEqual([]);
  expect(db.stats().InUse).toBe(0);
  expect(db.waiters()).toBe(0);
  if (db.world.log.enabled) expect(rebuildStats(db.world.log.events, db.id).stats).toEqual(db.stats());
}

/** dest builds a Scan destination that stores into box.v. */
export function dest(kind: ScanDest['kind'], box: { v?: unknown } = {}, extra: Partial<ScanDest> = {}): ScanDest {
  return { kind, set: (v) => (box.v = v), ...extra };
}

/** pick returns a subset of DBStats (fields not listed must be checked separately). */
export function statsOf(db: DB): Record<string, number> {
  return { ...db.stats() };
}
