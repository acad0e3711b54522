/**
 * buildScenarioWorld sets up everything a scenario run needs before the learner's code starts: a
 * seeded world, the simulated server (course database, generated tables, extra SQL, variables, latency,
 * the fault plan), go-sql-driver/mysql registered as "mysql", and the harness's *sql.DB with the
 * scenario's pool settings. The Go engine then only has to run the entry point in goroutines.
 */
import { World } from '../sim/world.ts';
import { Millisecond } from '../sim/time.ts';
import type { Rng } from '../sim/rng.ts';
import { MysqlServer } from '../mysql/server.ts';
import { SqlEngine } from '../mysql/sql-engine.ts';
import { COURSE_SCHEMA, seedCourseDatabase } from '../mysql/seed-data.ts';
import { latencyFromMs } from '../mysql/latency-model.ts';
import type { SqlJs } from '../mysql/sqljs-types.ts';
import type { SqlValue } from '../mysql/sql-values.ts';
import { MysqlDriver } from '../pool/mysqldriver/mysql-driver.ts';
import { Registry } from '../pool/registry.ts';
import type { DB } from '../pool/db.ts';
import type { Scenario } from './scenario.ts';

/** HARNESS_DSN is the DSN of the harness's pool (the learner's code never needs it). */
export const HARNESS_DSN = 'app:secret@tcp(127.0.0.1:3306)/course';

/** ScenarioWorld is a world ready for the learner's code. */
export interface ScenarioWorld {
  world: World;
  server: MysqlServer;
  registry: Registry;
  db: DB;
  dsn: string;
  /** baselineSeq is the event seq after setup: server state before it is the baseline. */
  baselineSeq: number;
  /** values lists a column's non-NULL values in row order (what `pick` arguments draw from). */
  values(table: string, column: string): SqlValue[];
  /** close frees the run's database (sql.js memory is not garbage-collected), or gives it back to the dataset cache to rewind: call it once the run is recorded. */
  close(): void;
}

type Gen = Scenario['dataset']['tables'][number]['columns'][number]['gen'];

function genValue(g: Gen, row: number, rng: Rng): string | number | null {
  switch (g.kind) {
    case 'seq':
      return g.start + row;
    case 'int':
      return g.min + rng.int(g.max - g.min + 1);
    case 'choice':
      return g.values[rng.int(g.values.length)]!;
    case 'label':
      return `${g.prefix}${String(row + 1).padStart(g.width, '0')}`;
    case 'const':
      return g.value;
  }
}

/** fillDataset creates the course database, the generated tables and runs the extra SQL, from the world's seed. */
export function fillDataset(engine: SqlEngine, dataset: Scenario['dataset'], rng: Rng): void {
  seedCourseDatabase(engine, rng.fork('seed-data'), dataset.course);
  for (const t of dataset.tables) {
    engine.run(createTable(t), []);
    const r = rng.fork(`table:${t.name}`);
    const insert = `INSERT INTO ${t.name}(${t.columns.map((c) => c.name).join(', ')}) VALUES (${t.columns.map(() => '?').join(', ')})`;
    engine.run('BEGIN', []);
    for (let i = 0; i < t.rows; i++) engine.run(insert, t.columns.map((c) => genValue(c.gen, i, r)));
    engine.run('COMMIT', []);
  }
  for (const sql of dataset.sql) engine.run(sql, []);
}

/** DatasetLease is an engine holding a dataset, lent to one run; release() hands it back (rewound) for the next. */
export interface DatasetLease {
  engine: SqlEngine;
  /** release rewinds the engine for the next run of the same dataset and seed (or closes it); call it once, after the run. */
  release(): void;
}

/** DatasetEntry is a filled dataset: its database file, the DDL that teaches a fresh engine its keys, and an idle engine. */
interface DatasetEntry {
  bytes: Uint8Array;
  ddl: string[];
  /** idle is an engine at the filled state (a checkpoint held), free to lend; null while lent out. */
  idle: SqlEngine | null;
}

/**
 * DatasetCache keeps filled datasets by (dataset, seed): filling one costs tens of ms. Each entry keeps one
 * live engine that is lent to a run and rewound afterwards (a SQLite transaction rolled back), so a run
 * pays neither the fill, nor opening a database, nor registering its SQL functions, nor preparing the
 * statements it already ran: the engine's statement cache survives the rewind.
 */
export class DatasetCache {
  private readonly entries = new Map<string, DatasetEntry>();
  constructor(private readonly limit = 64) {}

  /** acquire lends an engine holding the dataset filled from the seed's stream; release it after the run. */
  acquire(sqljs: SqlJs, dataset: Scenario['dataset'], rng: Rng, key: string): DatasetLease {
    let entry = this.entries.get(key);
    if (entry) {
      // Least recently used first: a hit moves to the end.
      this.entries.delete(key);
      this.entries.set(key, entry);
    } else {
      const e = SqlEngine.create(sqljs);
      fillDataset(e, dataset, rng);
      const ddl = [...COURSE_SCHEMA, ...dataset.tables.map(createTable), ...dataset.sql.filter((q) => /^\s*CREATE\s+TABLE\b/i.test(q))];
      entry = { bytes: e.exportBytes(), ddl: ddl.map((q) => q.replace(/^\s*CREATE\s+TABLE\s+(?!IF\s+NOT\s+EXISTS)/i, 'CREATE TABLE IF NOT EXISTS ')), idle: null };
      e.close();
      if (this.entries.size >= this.limit) {
        const [oldKey, old] = this.entries.entries().next().value!;
        old.idle?.close();
        this.entries.delete(oldKey);
      }
      this.entries.set(key, entry);
    }
    const lent = entry;
    const engine = lent.idle ?? openSnapshot(sqljs, lent);
    lent.idle = null;
    let released = false;
    return {
      engine,
      release: () => {
        if (released) return;
        released = true;
        if (this.entries.get(key) === lent && lent.idle === null && engine.rewind()) lent.idle = engine;
        else engine.close();
      },
    };
  }
}

/** openSnapshot opens a fresh engine on a dataset's file and holds a checkpoint at that state. */
function openSnapshot(sqljs: SqlJs, entry: DatasetEntry): SqlEngine {
  const bytes = entry.bytes;
  // SqlEngine.create opens `new sqljs.Database()`: hand it one that opens the snapshot instead.
  const fromSnapshot = { Database: function SnapshotDatabase() { return new sqljs.Database(bytes); } } as unknown as SqlJs;
  const engine = SqlEngine.create(fromSnapshot);
  for (const q of entry.ddl) engine.run(q, []);
  engine.checkpoint();
  return engine;
}

const datasetKeys = new WeakMap<object, string>();

/** datasetKey is a dataset's JSON, computed once per dataset object. */
function datasetKey(dataset: Scenario['dataset']): string {
  let k = datasetKeys.get(dataset);
  if (k === undefined) {
    k = JSON.stringify(dataset);
    datasetKeys.set(dataset, k);
  }
  return k;
}

function createTable(t: Scenario['dataset']['tables'][number]): string {
  return `CREATE TABLE ${t.name}(${t.columns.map((c) => `${c.name} ${c.sqlType}`).join(', ')})`;
}

/** buildScenarioWorld builds the world, server, driver and pool of one scenario under one seed. */
export function buildScenarioWorld(scenario: Scenario, seed: number, sqljs: SqlJs, cache?: DatasetCache): ScenarioWorld {
  const world = new World({ seed, shuffle: true });
  const rng = world.rng.fork('dataset');
  let engine: SqlEngine;
  let release: () => void;
  if (cache) ({ engine, release } = cache.acquire(sqljs, scenario.dataset, rng, `${seed}:${datasetKey(scenario.dataset)}`));
  else {
    const own = SqlEngine.create(sqljs);
    fillDataset(own, scenario.dataset, rng);
    engine = own;
    release = () => own.close();
  }
  const lat = scenario.server.latency;
  const server = new MysqlServer(world, {
    engine,
    faults: scenario.faults,
    variables: scenario.server.variables,
    ...(lat ? { latency: latencyFromMs({ connect: lat.connectMs, roundTrip: lat.roundTripMs, perRow: lat.perRowMs }) } : {}),
  });
  const registry = new Registry();
  registry.register('mysql', new MysqlDriver(world, new Map([[server.address, server]])));
  const params = Object.entries(scenario.pool.dsnParams).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  const dsn = params.length > 0 ? `${HARNESS_DSN}?${params.join('&')}` : HARNESS_DSN;
  const [db, err] = registry.open(world, 'mysql', dsn);
  if (err || !db) throw new Error(`grader: cannot open the harness pool: ${err?.Error()}`);
  if (scenario.pool.maxOpen > 0) db.setMaxOpenConns(scenario.pool.maxOpen);
  if (scenario.pool.maxIdle !== undefined) db.setMaxIdleConns(scenario.pool.maxIdle);
  if (scenario.pool.maxLifetimeMs > 0) db.setConnMaxLifetime(scenario.pool.maxLifetimeMs * Millisecond);
  if (scenario.pool.maxIdleTimeMs > 0) db.setConnMaxIdleTime(scenario.pool.maxIdleTimeMs * Millisecond);
  const picked = new Map<string, SqlValue[]>();
  return {
    world,
    server,
    registry,
    db,
    dsn,
    baselineSeq: world.log.count,
    close() {
      release();
    },
    values(table, column) {
      const key = `${table}.${column}`;
      let v = picked.get(key);
      if (!v) {
        const res = engine.run(`SELECT ${column} FROM ${table} ORDER BY rowid`, []);
        v = res.kind === 'rows' ? res.rows.map((r) => r[0]!).filter((x) => x !== null) : [];
        picked.set(key, v);
      }
      return v;
    },
  };
}
