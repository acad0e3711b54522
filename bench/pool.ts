/**
 * bench/pool.ts — `npm run bench:pool`: throughput of the simulated stack (sim + database/sql pool +
 * go-sql-driver/mysql model + MySQL server) in wall-clock terms. Node code: it may use performance.now.
 *   1. acquire-query-release cycles per wall second, latency-only engine, 200 tasks, 100k cycles (median of 3 runs);
 *   2. the same through sql.js (queries per second);
 *   3. wall time to simulate 10 virtual minutes of a 500 req/s service, MaxOpen=20, 2% leaking requests
 *      (aggregate only: median of 3 runs; then full event log, and aggregate only with World keepTasks: false).
 * Under tsx the script first bundles itself with esbuild and runs the bundle with plain node, so the figures
 * measure our code and not tsx's ESM loader hooks (`--no-bundle` measures through tsx instead).
 */
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import initSqlJs from 'sql.js';
import { World } from '../src/sim/world.ts';
import { background, withTimeout } from '../src/sim/context.ts';
import { Millisecond, Second, Minute } from '../src/sim/time.ts';
import { MysqlServer } from '../src/mysql/server.ts';
import { LatencyOnlyEngine } from '../src/mysql/latency-only-engine.ts';
import { SqlEngine } from '../src/mysql/sql-engine.ts';
import { seedCourseDatabase } from '../src/mysql/seed-data.ts';
import type { StatementEngine } from '../src/mysql/statement-engine.ts';
import { MysqlDriver } from '../src/pool/mysqldriver/mysql-driver.ts';
import { Registry } from '../src/pool/registry.ts';
import type { DB } from '../src/pool/db.ts';
import type { Rows } from '../src/pool/rows.ts';
import type { GoError } from '../src/sim/errors.ts';

function stack(engine: StatementEngine, log: boolean, keepTasks = true): { world: World; db: DB; server: MysqlServer } {
  const world = new World({ seed: 1, log, keepTasks });
  const server = new MysqlServer(world, { engine });
  const registry = new Registry();
  registry.register('mysql', new MysqlDriver(world, new Map([[server.address, server]])));
  const [db, err] = registry.open(world, 'mysql', 'app:pw@tcp(127.0.0.1:3306)/course');
  if (err) throw new Error(err.Error());
  return { world, db: db!, server };
}

/** cpuSeconds is the process CPU time since c0: on a shared, loaded machine it is steadier than wall time. */
function cpuSeconds(c0: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(c0);
  return (d.user + d.system) / 1e6;
}

function cycles(engine: StatementEngine, tasks: number, total: number, log: boolean): { perSec: number; perCpuSec: number; virtualMs: number; events: number } {
  const { world, db } = stack(engine, log);
  db.setMaxOpenConns(50);
  db.setMaxIdleConns(50);
  let left = total;
  for (let i = 0; i < tasks; i++) {
    world.spawn(`t${i}`, function* () {
      while (left > 0) {
        left--;
        const [rows, err] = yield* db.query('SELECT id FROM users WHERE id = 7');
        if (err) throw new Error(err.Error());
        while (yield* rows!.next()) { /* read */ }
        yield* rows!.close();
      }
    });
  }
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = world.run();
  const wall = (performance.now() - t0) / 1000;
  const cpu = cpuSeconds(c0);
  if (r.kind !== 'done') throw new Error(`run ended: ${r.kind}`);
  return { perSec: total / wall, perCpuSec: total / cpu, virtualMs: world.now() / Millisecond, events: world.log.count };
}

const SERVICE_SQL = 'SELECT id FROM orders WHERE user_id = 7';
const FINISHED: IteratorReturnResult<void> = { value: undefined, done: true };

/**
 * RequestTask is the service's request handler written as a task iterator instead of a generator (as the Pool
 * Lab's service writes its handler): the same public-API calls in the same order, without the generator's frame
 * to save and restore at each park. Only for the extra, separately labelled bench line.
 */
class RequestTask {
  private step = 0;
  private sub: Iterator<unknown, unknown, unknown> | null = null;
  private cancel: (() => void) | null = null;
  private rows: Rows | null = null;

  constructor(
    private readonly world: World,
    private readonly db: DB,
    private readonly leak: boolean,
    private readonly counts: { errors: number },
  ) {}

  next(): IteratorResult<unknown, void> {
    let input: unknown;
    if (this.sub) {
      const r = this.sub.next();
      if (!r.done) return r;
      this.sub = null;
      input = r.value;
    }
    for (;;) {
      let it: Iterator<unknown, unknown, unknown>;
      switch (this.step) {
        case 0: {
          const [ctx, cancel] = withTimeout(background(this.world), Second);
          this.cancel = cancel;
          this.step = 1;
          it = this.db.queryContext(ctx, SERVICE_SQL);
          break;
        }
        case 1: {
          const [rows, err] = input as [Rows | null, GoError | null];
          if (err) {
            this.counts.errors++;
            this.cancel!();
            return FINISHED;
          }
          this.rows = rows;
          this.step = this.leak ? 4 : 2;
          it = rows!.next();
          break;
        }
        case 2: // a row was read (input true) or the end reached
          if (input === true) {
            it = this.rows!.next();
            break;
          }
          this.step = 3;
          it = this.rows!.close();
          break;
        case 3: // closed
          this.cancel!();
          return FINISHED;
        default: // 4: a leaking request read one row and returns without closing
          return FINISHED;
      }
      const r = it.next();
      if (!r.done) {
        this.sub = it;
        return r;
      }
      input = r.value;
    }
  }
}

function service(log: boolean, keepTasks = true, iterator = false): { wallS: number; cpuS: number; requests: number; errors: number; events: number; stats: unknown } {
  const { world, db } = stack(new LatencyOnlyEngine(), log, keepTasks);
  db.setMaxOpenConns(20);
  db.setMaxIdleConns(20);
  const end = 10 * Minute;
  const gap = Second / 500;
  let requests = 0;
  let errors = 0;
  const counts = { errors: 0 };
  const rng = world.rng.fork('bench');
  world.spawn('load', function* () {
    for (let t = 0; t < end; t += gap) {
      yield* world.sleep(t - world.now());
      const leak = rng.float() < 0.02;
      requests++;
      if (iterator) {
        world.spawn('req', () => new RequestTask(world, db, leak, counts) as unknown as Generator<unknown, void, unknown>);
        continue;
      }
      world.spawn('req', function* () {
        // Each request has a 1 s handler deadline; a leaking request never closes its Rows, so its conn is
        // held until that deadline ends the Rows' context.
        const [ctx, cancel] = withTimeout(background(world), Second);
        const [rows, err] = yield* db.queryContext(ctx, SERVICE_SQL);
        if (err) { errors++; cancel(); return; }
        if (leak) { yield* rows!.next(); return; }
        while (yield* rows!.next()) { /* read */ }
        yield* rows!.close();
        cancel();
      });
    }
  });
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = world.run();
  const wallS = (performance.now() - t0) / 1000;
  const cpuS = cpuSeconds(c0);
  if (r.kind !== 'done') throw new Error(`run ended: ${r.kind}`);
  return { wallS, cpuS, requests, errors: errors + counts.errors, events: world.log.count, stats: db.stats() };
}

/** runBundled re-runs this file as an esbuild bundle under plain node (once); true when it did. */
async function runBundled(): Promise<boolean> {
  if (process.env.LEAKPROOF_BENCH_BUNDLED || process.argv.includes('--no-bundle')) return false;
  const { build } = await import('esbuild');
  const out = join(import.meta.dirname, '../node_modules/.cache/leakproof-bench/pool.mjs');
  await build({ entryPoints: [fileURLToPath(import.meta.url)], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: out, logLevel: 'silent' });
  const r = spawnSync(process.execPath, [out, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, LEAKPROOF_BENCH_BUNDLED: '1' } });
  process.exitCode = r.status ?? 1;
  return true;
}

async function main(): Promise<void> {
  if (await runBundled()) return;
  const how = process.env.LEAKPROOF_BENCH_BUNDLED ? 'esbuild bundle run with plain node' : 'through tsx (--no-bundle)';
  console.log(`bench:pool — ${how} ${process.version}; load average at start ${loadavg().map((x) => x.toFixed(2)).join(' ')} (2 cores shared)`);
  const require = createRequire(import.meta.url);
  const wasm = readFileSync(require.resolve('sql.js/dist/sql-wasm.wasm'));
  const sqljs = await initSqlJs({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer });
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

  // A warm-up run of the same size (JIT tiering and heap growth take a few hundred thousand requests), then
  // three measured runs; the median is the figure, and every run, warm-up included, is printed.
  const warm = cycles(new LatencyOnlyEngine(), 200, 100_000, false);
  const runs = [0, 1, 2].map(() => cycles(new LatencyOnlyEngine(), 200, 100_000, false));
  const lo = [...runs].sort((a, b) => a.perCpuSec - b.perCpuSec)[1]!;
  console.log(`latency-only engine, 200 tasks, 100k cycles (aggregate only, no stored log), median of 3: ${fmt(lo.perSec)} cycles/s wall, ${fmt(lo.perCpuSec)} per CPU second (goal >= 300,000), ${fmt(lo.events)} events`);
  console.log(`  per CPU second: warm-up ${fmt(warm.perCpuSec)}, runs ${runs.map((r) => fmt(r.perCpuSec)).join(', ')}; wall: warm-up ${fmt(warm.perSec)}, runs ${runs.map((r) => fmt(r.perSec)).join(', ')}`);
  const loLog = cycles(new LatencyOnlyEngine(), 200, 100_000, true);
  console.log(`latency-only engine, 200 tasks, 100k cycles (full event log):                  ${fmt(loLog.perSec)} cycles/s wall, ${fmt(loLog.perCpuSec)} per CPU second`);

  const engine = SqlEngine.create(sqljs);
  seedCourseDatabase(engine, new World({ seed: 1 }).rng.fork('seed'));
  const sq = cycles(engine, 200, 20_000, false);
  console.log(`sql.js engine, 200 tasks, 20k cycles (aggregate only):                          ${fmt(sq.perSec)} queries/s wall, ${fmt(sq.perCpuSec)} per CPU second`);

  // Three runs, the median (by wall time) is the figure; every run is printed.
  const svcRuns = [0, 1, 2].map(() => service(false));
  const svc = [...svcRuns].sort((a, b) => a.wallS - b.wallS)[1]!;
  console.log(`10 virtual minutes, 500 req/s, MaxOpen=20, 2% leaking (aggregate only), median of 3: ${svc.wallS.toFixed(2)} s wall, ${svc.cpuS.toFixed(2)} s CPU (goal <= 2 s); ${fmt(svc.requests)} requests, ${fmt(svc.errors)} errors, ${fmt(svc.events)} events`);
  console.log(`  runs: ${svcRuns.map((r) => `${r.wallS.toFixed(2)} s wall / ${r.cpuS.toFixed(2)} s CPU`).join(', ')}`);
  const svcLog = service(true);
  console.log(`10 virtual minutes, 500 req/s, MaxOpen=20, 2% leaking (full event log):  ${svcLog.wallS.toFixed(2)} s wall, ${svcLog.cpuS.toFixed(2)} s CPU`);
  const svcLean = service(false, false);
  console.log(`the same, aggregate only, World keepTasks: false (as the Pool Lab runs):  ${svcLean.wallS.toFixed(2)} s wall, ${svcLean.cpuS.toFixed(2)} s CPU`);
  const svcIter = service(false, true, true);
  const same = JSON.stringify(svcIter.stats) === JSON.stringify(svc.stats) && svcIter.events === svc.events && svcIter.errors === svc.errors;
  console.log(`for comparison only, aggregate only, the request handler as a task iterator instead of a generator: ${svcIter.wallS.toFixed(2)} s wall, ${svcIter.cpuS.toFixed(2)} s CPU (same stats and events: ${same ? 'yes' : 'NO'})`);
  console.log('final stats:', JSON.stringify(svc.stats));
  console.log(`load average at end ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
}

void main();
