import { World } from '../../src/sim/world.ts';
import { background } from '../../src/sim/context.ts';
import type { GoError } from '../../src/sim/errors.ts';
import { MysqlServer, type ServerOptions } from '../../src/mysql/server.ts';
import { SqlEngine } from '../../src/mysql/sql-engine.ts';
import { seedCourseDatabase } from '../../src/mysql/seed-data.ts';
import { MysqlDriver } from '../../src/pool/mysqldriver/mysql-driver.ts';
import type { Conn, Connector, Rows, Value } from '../../src/pool/driver.ts';
import { EOF } from '../../src/pool/driver.ts';
import { loadSqlJs } from '../mysql/load-sqljs.ts';

/** Stack is a world with one seeded server at 127.0.0.1:3306 and the mysql driver. */
export interface Stack { world: World; server: MysqlServer; driver: MysqlDriver }

/** newStack builds a world, a seeded server and the driver. */
export async function newStack(opts: Partial<ServerOptions> = {}, seed = 1): Promise<Stack> {
  const world = new World({ seed });
  const engine = SqlEngine.create(await loadSqlJs());
  seedCourseDatabase(engine, world.rng.fork('seed-data'));
  const server = new MysqlServer(world, { engine, ...opts });
  const driver = new MysqlDriver(world, new Map([[server.address, server]]));
  return { world, server, driver };
}

/** connector parses a DSN and fails the test on an error. */
export function connector(s: Stack, dsn = 'app:pw@tcp(127.0.0.1:3306)/course'): Connector {
  const [c, err] = s.driver.openConnector!(dsn);
  if (err) throw new Error(err.Error());
  return c!;
}

/** dial connects with a background context. */
export function* dial(s: Stack, c: Connector): Generator<unknown, Conn, unknown> {
  const [conn, err] = yield* c.connect(background(s.world));
  if (err) throw new Error(err.Error());
  return conn!;
}

const dec = new TextDecoder();

/** show renders a driver value as Go's %v would for the types the driver returns. */
export function show(v: Value): unknown {
  if (v instanceof Uint8Array) return `[]byte(${dec.decode(v)})`;
  if (typeof v === 'bigint') return `int64(${v})`;
  return v;
}

/** drain reads every row of a driver Rows; it returns the rows and the error that ended them (null for EOF). */
export function* drain(rows: Rows): Generator<unknown, [unknown[][], GoError | null], unknown> {
  const out: unknown[][] = [];
  for (;;) {
    const dest: Value[] = new Array(rows.columns().length).fill(null);
    const err = yield* rows.next(dest);
    if (err === EOF) return [out, null];
    if (err) return [out, err];
    out.push(dest.map(show));
  }
}
