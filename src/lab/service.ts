/**
 * service runs a Pool Lab experiment: a web service with one *sql.DB (Go's database/sql model, the
 * go-sql-driver/mysql model and a simulated MySQL server answering from the latency-only engine) serving
 * requests that arrive as the workload says, some of them with an injected leak, for minutes of virtual
 * time. It samples DBStats and the server every 15 virtual seconds, like a Prometheus scrape.
 */
import { background, withTimeout, type Context } from '../sim/context.ts';
import { errorText, type GoError } from '../sim/errors.ts';
import { Millisecond, Second, type Nanos } from '../sim/time.ts';
import { World } from '../sim/world.ts';
import { MysqlServer } from '../mysql/server.ts';
import { LatencyOnlyEngine } from '../mysql/latency-only-engine.ts';
import { MysqlDriver } from '../pool/mysqldriver/mysql-driver.ts';
import { Registry } from '../pool/registry.ts';
import type { DB } from '../pool/db.ts';
import type { LabConfig } from './config.ts';
import type { StatsSample } from './metrics.ts';
import { arrivals, sampleLatency } from './workload.ts';

/** SCRAPE_INTERVAL is how often the lab samples metrics, in virtual time (Prometheus' default 15 s). */
export const SCRAPE_INTERVAL: Nanos = 15 * Second;

/** ErrorKind groups request errors the way an on-call engineer reads them. */
export type ErrorKind = 'deadline' | 'tooManyConnections' | 'invalidConnection' | 'other';

/** Window is what happened to requests that finished in one scrape interval. */
export interface Window {
  t: Nanos;
  requests: number;
  p50Ms: number | null;
  p99Ms: number | null;
  errors: Record<ErrorKind, number>;
  panics: number;
}

/** ServerSample is the server's view at a scrape. */
export interface ServerSample { t: Nanos; threadsConnected: number; maxConnections: number; sleeping: number }

/** LabRun is everything a run produced, as plain data. */
export interface LabRun {
  config: LabConfig;
  scrapes: StatsSample[];
  server: ServerSample[];
  windows: Window[];
  totals: { requests: number; completed: number; errors: Record<ErrorKind, number>; leaked: number; pools: number };
  endedAt: Nanos;
  cancelled: boolean;
}

/** RunHooks lets a caller follow a long run and stop it. */
export interface RunHooks {
  onProgress?: (fraction: number) => void;
  shouldCancel?: () => boolean;
}

const APP_DSN = 'app:app-pw@tcp(10.0.0.5:3306)/course';
const OTHER_DSN = 'replica:replica-pw@tcp(10.0.0.5:3306)/course';

function classify(err: GoError): ErrorKind {
  const text = errorText(err);
  if (text.includes('context deadline exceeded')) return 'deadline';
  if (text.startsWith('Error 1040')) return 'tooManyConnections';
  if (text.includes('invalid connection')) return 'invalidConnection';
  return 'other';
}

function emptyErrors(): Record<ErrorKind, number> {
  return { deadline: 0, tooManyConnections: 0, invalidConnection: 0, other: 0 };
}

function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/** runLab simulates the configured service for config.durationSec virtual seconds. */
export function runLab(config: LabConfig, hooks: RunHooks = {}): LabRun {
  const world = new World({ seed: config.seed, log: false });
  const server = new MysqlServer(world, {
    engine: new LatencyOnlyEngine({ rowsPerSelect: 10, columns: 3 }),
    address: '10.0.0.5:3306',
    variables: { max_connections: config.server.maxConnections, wait_timeout: config.server.waitTimeoutSec },
  });
  const registry = new Registry();
  registry.register('mysql', new MysqlDriver(world, new Map([[server.address, server]])));
  const open = (dsn: string): DB => {
    const [db, err] = registry.open(world, 'mysql', dsn);
    if (!db) throw new Error(`lab: ${errorText(err)}`);
    return db;
  };
  const db = open(APP_DSN);
  db.setMaxOpenConns(config.pool.maxOpen);
  db.setMaxIdleConns(config.pool.maxIdle);
  db.setConnMaxLifetime(config.pool.maxLifetimeSec * Second);
  db.setConnMaxIdleTime(config.pool.maxIdleTimeSec * Second);

  const rng = world.rng.fork('lab');
  const latencyRng = rng.fork('latency');
  const bugRng = rng.fork('bug');
  const times = arrivals(config.workload, config.durationSec, rng.fork('arrivals'));
  const end = config.durationSec * Second;

  const run: LabRun = {
    config, scrapes: [], server: [], windows: [], endedAt: 0, cancelled: false,
    totals: { requests: times.length, completed: 0, errors: emptyErrors(), leaked: 0, pools: 1 },
  };
  let windowLatencies: number[] = [];
  let windowErrors = emptyErrors();
  let windowPanics = 0;
  let windowRequests = 0;

  const finish = (startedAt: Nanos, err: GoError | null): void => {
    const ms = (world.now() - startedAt) / Millisecond;
    windowRequests++;
    windowLatencies.push(ms);
    run.totals.completed++;
    if (err) {
      const k = classify(err);
      windowErrors[k]++;
      run.totals.errors[k]++;
    }
  };

  const scrape = (): void => {
    const t = world.now();
    const s = db.stats();
    run.scrapes.push({ t, ...s });
    const status = server.status();
    const sleeping = server.sessions().filter((x) => !x.running).length;
    run.server.push({ t, threadsConnected: status.Threads_connected ?? server.sessions().length, maxConnections: config.server.maxConnections, sleeping });
    windowLatencies.sort((a, b) => a - b);
    run.windows.push({ t, requests: windowRequests, p50Ms: percentile(windowLatencies, 0.5), p99Ms: percentile(windowLatencies, 0.99), errors: windowErrors, panics: windowPanics });
    windowLatencies = [];
    windowErrors = emptyErrors();
    windowPanics = 0;
    windowRequests = 0;
  };
  // the scraper is a task, not a timer, so the world runs to the end even when every request is done
  const scrapeTimes: Nanos[] = [];
  for (let t = 0; t < end; t += SCRAPE_INTERVAL) scrapeTimes.push(t);
  scrapeTimes.push(end);
  world.spawn('scraper', function* () {
    for (const t of scrapeTimes) {
      if (t > world.now()) yield* world.sleep(t - world.now(), 'next scrape');
      scrape();
    }
  });

  const bugHits = (): boolean => {
    const b = config.bug;
    return 'percent' in b && bugRng.float() * 100 < b.percent;
  };

  function* request(startedAt: Nanos, sleepNs: Nanos, slow: boolean, leak: boolean): Generator<unknown, void, unknown> {
    const bug = config.bug.kind;
    let target = db;
    if (bug === 'openPerRequest') {
      target = open(APP_DSN); // the bug: a new pool per request, never closed
      run.totals.pools++;
    }
    let ctx: Context = background(world);
    let cancel: (() => void) | null = null;
    const useDeadline = config.deadlineMs !== null && !(bug === 'noDeadline' && slow);
    if (useDeadline) [ctx, cancel] = withTimeout(ctx, config.deadlineMs! * Millisecond);
    const sql = `SELECT id, user_id, total FROM orders WHERE SLEEP(${(sleepNs / 1e9).toFixed(6)}) = 0 LIMIT 10`;
    try {
      if (leak && bug === 'txLeak') {
        const [tx, err] = yield* target.begin();
        if (err || !tx) { finish(startedAt, err); return; }
        const [, execErr] = yield* tx.exec(`UPDATE accounts SET balance = balance - 1 WHERE SLEEP(${(sleepNs / 1e9).toFixed(6)}) = 0`);
        // the bug: the error path returns without Rollback, so the Tx keeps its connection for good
        run.totals.leaked++;
        finish(startedAt, execErr);
        return;
      }
      if (leak && (bug === 'rowsLeak' || bug === 'panicNoDefer')) {
        // the bug: db.Query (context.Background) and an exit before Close: the Rows keep the connection
        const [rows, err] = yield* target.query(sql);
        if (err || !rows) { finish(startedAt, err); return; }
        yield* rows.next();
        run.totals.leaked++;
        if (bug === 'panicNoDefer') windowPanics++;
        finish(startedAt, null);
        return;
      }
      const [rows, err] = yield* target.queryContext(ctx, sql);
      if (err || !rows) { finish(startedAt, err); return; }
      while (yield* rows.next()) { /* read every row */ }
      const rerr = rows.err();
      yield* rows.close();
      finish(startedAt, rerr);
    } finally {
      cancel?.();
    }
  }

  const slowShare = config.latency.slowShare;
  world.spawn('arrivals', function* () {
    for (let i = 0; i < times.length; i++) {
      const at = times[i];
      if (at > world.now()) yield* world.sleep(at - world.now(), 'next arrival');
      const sleepNs = sampleLatency(config.latency, latencyRng);
      const slow = slowShare > 0 && sleepNs >= config.latency.slowMs * Millisecond;
      const leak = bugHits();
      world.spawn('request', () => request(at, sleepNs, slow, leak));
    }
  });

  if (config.server.otherClients > 0) {
    world.spawn('other replicas', function* () {
      const other = open(OTHER_DSN);
      other.setMaxIdleConns(config.server.otherClients);
      for (let i = 0; i < config.server.otherClients; i++) {
        const [c, err] = yield* other.connContext(background(world));
        if (err || !c) break; // the server is full: the rest of the fleet cannot connect either
      }
    });
  }

  const checkpoint = SCRAPE_INTERVAL;
  let next = checkpoint;
  for (;;) {
    const stopAt = Math.min(next, end);
    const r = world.run({ until: () => world.now() > stopAt || run.scrapes.length === scrapeTimes.length });
    hooks.onProgress?.(Math.min(1, world.now() / end));
    if (world.now() >= end || r.kind === 'done' || r.kind === 'deadlock') break;
    if (r.kind === 'error') throw r.error;
    if (hooks.shouldCancel?.()) { run.cancelled = true; break; }
    next += checkpoint;
  }
  run.endedAt = world.now();
  return run;
}
