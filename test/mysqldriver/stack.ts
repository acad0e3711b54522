import { expect } from 'vitest';
import { World } from '../../src/sim/world.ts';
import { MysqlServer, type ServerOptions } from '../../src/mysql/server.ts';
import { SqlEngine } from '../../src/mysql/sql-engine.ts';
import { seedCourseDatabase } from '../../src/mysql/seed-data.ts';
import { ZERO_LATENCY } from '../../src/mysql/latency-model.ts';
import { MysqlDriver } from '../../src/pool/mysqldriver/mysql-driver.ts';
import { Registry } from '../../src/pool/registry.ts';
import type { DB } from '../../src/pool/db.ts';
import { loadSqlJs } from '../mysql/load-sqljs.ts';

/** PoolStack is the whole stack: world, server, driver, database/sql registry. */
export interface PoolStack { world: World; server: MysqlServer; driver: MysqlDriver; registry: Registry; open(params?: string): DB }

/** poolStack builds the stack with the spec §14 defaults: 0 ms dials and queries, MySQL 8.0 defaults. */
export async function poolStack(opts: Partial<ServerOptions> = {}, seed = 1): Promise<PoolStack> {
  const world = new World({ seed });
  const engine = SqlEngine.create(await loadSqlJs());
  seedCourseDatabase(engine, world.rng.fork('seed-data'));
  const server = new MysqlServer(world, { engine, latency: ZERO_LATENCY, ...opts });
  const driver = new MysqlDriver(world, new Map([[server.address, server]]));
  const registry = new Registry();
  registry.register('mysql', driver);
  const open = (params?: string): DB => {
    const [db, err] = registry.open(world, 'mysql', `app:pw@tcp(127.0.0.1:3306)/course${params ? `?${params}` : ''}`);
    expect(err).toBeNull();
    return db!;
  };
  return { world, server, driver, registry, open };
}

/** runAll runs the world until every task ended and fails the test otherwise. */
export function runAll(world: World): void {
  const r = world.run();
  if (r.kind !== 'done') throw new Error(`world ended with ${r.kind}${r.kind === 'error' ? `: ${String(r.error)}` : ''}`);
}

/** expectNoLeaks is the leak check each test ends with: nothing checked out, no server session left running a statement. */
export function expectNoLeaks(s: PoolStack, dbs: DB[]): void {
  for (const db of dbs) {
    expect(db.openResources()).toEqual([]);
    expect(db.stats().InUse).toBe(0);
  }
  expect(s.server.sessions().filter((x) => x.command === 'Query')).toEqual([]);
}
