/** sim-stack: the simulated MySQL server (seeded course database, optional fault plan) a CLI run's database/sql reaches. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import initSqlJs from 'sql.js';
import { World } from '../sim/world.ts';
import { MysqlServer } from '../mysql/server.ts';
import { SqlEngine } from '../mysql/sql-engine.ts';
import { seedCourseDatabase } from '../mysql/seed-data.ts';
import { parseFaultPlan, type FaultPlan } from '../mysql/fault-plan.ts';
import type { SqlJs } from '../mysql/sqljs-types.ts';
import { setSqlEnv, type SqlEnv } from '../go/std/sql/index.ts';

let sqljs: Promise<SqlJs> | undefined;
/** loadSqlJs loads sql.js with its wasm read from node_modules. */
export function loadSqlJs(): Promise<SqlJs> {
  if (!sqljs) {
    const require = createRequire(import.meta.url);
    const wasm = readFileSync(require.resolve('sql.js/dist/sql-wasm.wasm'));
    sqljs = initSqlJs({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer }) as Promise<SqlJs>;
  }
  return sqljs;
}

/** AnyAddress is a driver network where every `host:port` reaches the one simulated server. */
class AnyAddress extends Map<string, MysqlServer> {
  constructor(private readonly server: MysqlServer) { super(); }
  override get(): MysqlServer { return this.server; }
  override has(): boolean { return true; }
}

/** readFaultPlan reads and validates a fault-plan JSON file, or returns the problems. */
export function readFaultPlan(path: string): { ok: true; plan: FaultPlan } | { ok: false; errors: string[] } {
  let json: unknown;
  try { json = JSON.parse(readFileSync(path, 'utf8')); } catch (e) { return { ok: false, errors: [`${path}: ${(e as Error).message}`] }; }
  return parseFaultPlan(json);
}

/** simStack builds a world whose database/sql reaches a seeded course server at any DSN address. */
export async function simStack(opts: { seed: number; faults?: FaultPlan; sources: { name: string; text: string }[] }): Promise<{ world: World; server: MysqlServer; env: SqlEnv }> {
  const world = new World({ seed: opts.seed, log: true });
  const engine = SqlEngine.create(await loadSqlJs());
  seedCourseDatabase(engine, world.rng.fork('seed-data'));
  const server = new MysqlServer(world, { engine, ...(opts.faults ? { faults: opts.faults } : {}) });
  const env: SqlEnv = { network: new AnyAddress(server), sources: opts.sources, opened: [] };
  setSqlEnv(world, env);
  return { world, server, env };
}
