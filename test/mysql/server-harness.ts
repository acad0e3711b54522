import { World } from '../../src/sim/world.ts';
import { MysqlServer, type ServerOptions } from '../../src/mysql/server.ts';
import { SqlEngine } from '../../src/mysql/sql-engine.ts';
import { seedCourseDatabase } from '../../src/mysql/seed-data.ts';
import type { ClientSocket, Command, Pending, Reply } from '../../src/mysql/wire.ts';
import type { LoginResult } from '../../src/mysql/server.ts';
import { loadSqlJs } from './load-sqljs.ts';

/** newServer builds a world and a server over a freshly seeded course database. */
export async function newServer(opts: Partial<ServerOptions> = {}, seed = 1): Promise<{ world: World; server: MysqlServer; engine: SqlEngine }> {
  const world = new World({ seed });
  const engine = SqlEngine.create(await loadSqlJs());
  seedCourseDatabase(engine, world.rng.fork('seed-data'));
  const server = new MysqlServer(world, { engine, ...opts });
  return { world, server, engine };
}

/** wait parks the current task until a Pending value arrives. */
export function* wait<T>(world: World, p: Pending<T>): Generator<unknown, T, unknown> {
  if (p.ready) return p.value;
  const w = world.wait<T>('mysql reply');
  p.onReady(() => w.wake(p.value));
  const r = yield* w.park();
  if (r.kind !== 'woken') throw new Error('unexpected timeout');
  return r.value;
}

/** login logs in as `user` and returns the result. */
export function* login(world: World, server: MysqlServer, user = 'app', admin = false): Generator<unknown, LoginResult, unknown> {
  return yield* wait(world, server.connect({ user, db: 'course', admin }).result);
}

/** socketOf unwraps a successful login. */
export function socketOf(r: LoginResult): ClientSocket {
  if (r.kind !== 'ok') throw new Error(`login failed: ${JSON.stringify(r)}`);
  return r.socket;
}

/** cmd sends a command and waits for its reply. */
export function* cmd(world: World, s: ClientSocket, c: Command): Generator<unknown, Reply, unknown> {
  return yield* wait(world, s.send(c));
}

/** q sends a COM_QUERY. */
export function* q(world: World, s: ClientSocket, sql: string): Generator<unknown, Reply, unknown> {
  return yield* cmd(world, s, { kind: 'query', sql });
}

/** rowsOf unwraps a result set's rows. */
export function rowsOf(r: Reply): unknown[][] {
  if (r.kind !== 'rows') throw new Error(`expected rows, got ${JSON.stringify(r)}`);
  return r.rows;
}

/** runAll runs the world to completion and fails on anything but done. */
export function runAll(world: World): void {
  const r = world.run();
  if (r.kind !== 'done') throw new Error(`world ended with ${r.kind}: ${r.kind === 'error' ? String((r as { error: unknown }).error) : ''}`);
}
