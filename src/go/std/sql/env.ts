/**
 * env: what a run's database/sql reaches (the driver network, the learner's sources for sites, the harness's rules).
 * Small on purpose: the Go runtime's entry reads it (a deadlock's hang report lists the DBs opened); where a call
 * site is (site.ts) loads with database/sql's chunk.
 */
import type { Site } from '../../../sim/site.ts';
import type { World } from '../../../sim/world.ts';
import type { DB } from '../../../pool/db.ts';
import type { Network } from '../../../pool/mysqldriver/mysql-driver.ts';

/** SqlEnv configures database/sql for the runs of one world. */
export interface SqlEnv {
  /** network is what the mysql driver can dial (absent: every dial is refused). */
  network?: Network;
  /** sources are the learner's files, to give sites their column. */
  sources?: { name: string; text: string }[];
  /** forbid: the harness's rule for calls that would dodge a scenario's limits (it ends the run). */
  forbid?: (what: 'SetMaxOpenConns' | 'SetMaxIdleConns' | 'sql.Open', site: Site) => void;
  /** opened collects every *sql.DB the program opened (for ownership reports). */
  opened?: DB[];
}

const envs = new WeakMap<World, SqlEnv>();

/** setSqlEnv attaches database/sql's environment to a world before the program runs in it. */
export function setSqlEnv(world: World, env: SqlEnv): void {
  envs.set(world, env);
}

/** sqlEnv returns a world's environment (an empty one by default). */
export function sqlEnv(world: World): SqlEnv {
  let e = envs.get(world);
  if (!e) { e = {}; envs.set(world, e); }
  return e;
}
