/**
 * service runs a Pool Lab experiment: a web service with one *sql.DB (Go's database/sql model, the
 * go-sql-driver/mysql model and a simulated MySQL server answering from the latency-only engine) serving
 * requests that arrive as the workload says, some of them with an injected leak, for minutes of virtual
 * time. It samples DBStats and the server every 15 virtual seconds, like a Prometheus scrape, and can stop
 * at any instant to let a console query the server.
 */
import { background, withTimeout, type Context } from '../sim/context.ts';
import { DONE_FALSE, DONE_TRUE } from '../sim/done.ts';
import { errorText, type GoError } from '../sim/errors.ts';
import { EPOCH_UNIX_NANOS, Millisecond, Second, type Nanos } from '../sim/time.ts';
import { World } from '../sim/world.ts';
import { MysqlServer } from '../mysql/server.ts';
import { DEFAULT_LATENCY } from '../mysql/latency-model.ts';
import type { SqlJs } from '../mysql/sqljs-types.ts';
import { MysqlDriver } from '../pool/mysqldriver/mysql-driver.ts';
import { Registry } from '../pool/registry.ts';
import type { DB } from '../pool/db.ts';
import type { LabConfig } from './config.ts';
import { LabEngine, runConsole, type ConsoleResult } from './console.ts';
import type { StatsSample } from './metrics.ts';
import { LatencyHistogram } from './latency-histogram.ts';
import { ServeRequest, serveTaskBody, type ServeContext } from './serve-request.ts';
import { nearestRank } from './select.ts';
import { ArrivalStream, latencySampler, type WorkloadShape } from './workload.ts';

/** SCRAPE_INTERVAL is how often the lab samples metrics, in virtual time (Prometheus' default 15 s). */
export const SCRAPE_INTERVAL: Nanos = 15 * Second;

/** MAX_LOG_LINES caps the service's stderr kept by a run. */
export const MAX_LOG_LINES = 400;

/** ErrorKind groups request errors the way an on-call engineer reads them. */
export type ErrorKind = 'deadline' | 'tooManyConnections' | 'invalidConnection' | 'other';

/** EndpointWindow is one endpoint's traffic in a scrape interval: requests finished, and those that failed (an error or a non-2xx answer). */
export interface EndpointWindow { requests: number; failed: number }

/** Window is what happened to requests that finished in one scrape interval. */
export interface Window {
  t: Nanos;
  requests: number;
  p50Ms: number | null;
  p99Ms: number | null;
  errors: Record<ErrorKind, number>;
  panics: number;
  endpoints: EndpointWindow[];
}

/** ServerSample is the server's view at a scrape. */
export interface ServerSample { t: Nanos; threadsConnected: number; maxConnections: number; sleeping: number }

/** LabRun is everything a run produced, as plain data. */
export interface LabRun {
  config: LabConfig;
  routes: string[];
  scrapes: StatsSample[];
  server: ServerSample[];
  windows: Window[];
  totals: { requests: number; completed: number; errors: Record<ErrorKind, number>; leaked: number; pools: number; latencyP99Ms: number | null };
  /** log is the service's stderr: net/http's panic traces and the driver's `[mysql]` lines, oldest first. */
  log: string[];
  /** console holds the answers to RunOptions.console's statements, run at `endedAt`. */
  console: ConsoleResult[];
  endedAt: Nanos;
  cancelled: boolean;
}

/** RunHooks lets a caller follow a long run and stop it. */
export interface RunHooks {
  onProgress?: (fraction: number) => void;
  shouldCancel?: () => boolean;
}

/** RunOptions stops a run early and queries the server there. */
export interface RunOptions {
  /** untilNs stops the run at this virtual instant instead of the end. */
  untilNs?: Nanos;
  /** console statements run, one after the other, on a new `root` session when the run stops. */
  console?: string[];
  /** sqljs answers `information_schema` queries in the console (without it they fail with the server's error). */
  sqljs?: SqlJs;
}

const SERVER_ADDRESS = '10.0.0.5:3306';
const APP_DSN = `app:app-pw@tcp(${SERVER_ADDRESS})/course`;
const OTHER_DSN = `replica:replica-pw@tcp(${SERVER_ADDRESS})/course`;
const QUERY_CACHE = new Map<number, string>();
/** QUERY_TEXTS holds the texts of query times with at most three significant digits, by digits and magnitude (one array read, no hashing). */
const QUERY_TEXTS: (string | undefined)[] = [];

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

/** goLogStamp is Go's log package prefix (`2006/01/02 15:04:05`) for a virtual instant. */
export function goLogStamp(t: Nanos): string {
  const iso = new Date(Number(EPOCH_UNIX_NANOS / 1000000n) + Math.floor(t / 1e6)).toISOString();
  return `${iso.slice(0, 4)}/${iso.slice(5, 7)}/${iso.slice(8, 10)} ${iso.slice(11, 19)}`;
}

/** handlerName turns a route into the Go method that serves it: `GET /orders/latest` → `getOrdersLatest`. */
export function handlerName(route: string): string {
  const [method, path] = route.split(' ');
  const words = path.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return method.toLowerCase() + words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

function selectText(sleepNs: Nanos): string {
  // the latency-only engine answers from a model; SLEEP() gives the statement its virtual duration
  return `SELECT id, user_id, total FROM orders WHERE SLEEP(${(sleepNs / 1e9).toFixed(6)}) = 0 LIMIT 10`;
}

function selectSql(sleepNs: Nanos): string {
  // a drawn query time has at most three significant digits: digits + 1000 * magnitude indexes its text
  let step = 1;
  let magnitude = 0;
  while (sleepNs >= 1000 * step) {
    step *= 10;
    magnitude++;
  }
  const digits = sleepNs / step;
  if (Number.isInteger(digits) && digits >= 0 && magnitude < 16) {
    const i = magnitude * 1000 + digits;
    return (QUERY_TEXTS[i] ??= selectText(sleepNs));
  }
  let sql = QUERY_CACHE.get(sleepNs);
  if (sql === undefined) {
    sql = selectText(sleepNs);
    if (QUERY_CACHE.size > 50_000) QUERY_CACHE.clear();
    QUERY_CACHE.set(sleepNs, sql);
  }
  return sql;
}

/** endpointsOf lists the service's handlers: the configured ones, or one `GET /orders` carrying the workload. */
export function endpointsOf(config: LabConfig): { route: string; workload: WorkloadShape }[] {
  return config.endpoints ?? [{ route: 'GET /orders', workload: config.workload }];
}

/** runLab simulates the configured service for config.durationSec virtual seconds (or until options.untilNs). */
export function runLab(config: LabConfig, hooks: RunHooks = {}, options: RunOptions = {}): LabRun {
  const world = new World({ seed: config.seed, log: false, keepTasks: false }); // flat memory however long the run
  const engine = new LabEngine(options.sqljs);
  const connectNs = config.latency.connectMs !== undefined ? Math.round(config.latency.connectMs * Millisecond) : DEFAULT_LATENCY.connect;
  const server = new MysqlServer(world, {
    engine,
    address: SERVER_ADDRESS,
    latency: { ...DEFAULT_LATENCY, connect: connectNs },
    variables: { max_connections: config.server.maxConnections, wait_timeout: config.server.waitTimeoutSec },
  });
  const driver = new MysqlDriver(world, new Map([[server.address, server]]));
  const registry = new Registry();
  registry.register('mysql', driver);
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
  const endpoints = endpointsOf(config);
  // one arrival stream per endpoint (the first keeps the stream a single-endpoint run always had), drawn as the run goes
  const streams = endpoints.map((e, i) => new ArrivalStream(e.workload, config.durationSec, rng.fork(i === 0 ? 'arrivals' : `arrivals-${i}`)));
  const end = config.durationSec * Second;
  const stopAt = Math.min(end, options.untilNs ?? end);
  const bug = config.bug;
  const bugStart = (bug.kind === 'none' ? 0 : bug.startSec ?? 0) * Second;
  const bugEndpoint = bug.kind === 'none' ? undefined : bug.endpoint;
  const routes = endpoints.map((e) => e.route);
  const handlers = routes.map(handlerName);

  const run: LabRun = {
    config, routes, scrapes: [], server: [], windows: [], log: [], console: [], endedAt: 0, cancelled: false,
    totals: { requests: 0, completed: 0, errors: emptyErrors(), leaked: 0, pools: 1, latencyP99Ms: null },
  };
  // this window's latencies (ns) in a reused buffer, for its exact p50/p99 at the scrape and the run's histogram
  let windowLatencies = new Float64Array(1024);
  let windowCount = 0;
  let windowErrors = emptyErrors();
  let windowPanics = 0;
  let windowRequests = 0;
  let windowEndpoints: EndpointWindow[] = routes.map(() => ({ requests: 0, failed: 0 }));
  // every latency, in constant memory, for the run's overall p99 (see latency-histogram.ts for its precision);
  // a window's latencies are counted in at its scrape, all at once (the histogram's 90 KiB stay in the cache)
  const allLatencies = new LatencyHistogram();
  const countWindow = (): void => {
    for (let i = 0; i < windowCount; i++) allLatencies.record(windowLatencies[i]!);
  };
  const serviceLog: { t: Nanos; lines: string[] }[] = [];
  let serviceLogLines = 0;

  const finish = (endpoint: number, startedAt: Nanos, err: GoError | null, failed = false): void => {
    const ns = world.now() - startedAt;
    windowRequests++;
    if (windowCount === windowLatencies.length) {
      const bigger = new Float64Array(windowLatencies.length * 2);
      bigger.set(windowLatencies);
      windowLatencies = bigger;
    }
    windowLatencies[windowCount++] = ns;
    run.totals.completed++;
    const ew = windowEndpoints[endpoint];
    ew.requests++;
    if (err || failed) ew.failed++;
    if (err) {
      const k = classify(err);
      windowErrors[k]++;
      run.totals.errors[k]++;
    }
  };

  const logPanic = (endpoint: number, goroutine: number): void => {
    if (serviceLogLines >= MAX_LOG_LINES) return;
    const t = world.now();
    const port = 40000 + (goroutine % 20000);
    serviceLog.push({ t, lines: [
      `${goLogStamp(t)} http: panic serving 10.0.0.7:${port}: runtime error: index out of range [0] with length 0`,
      `goroutine ${goroutine} [running]:`,
      `main.(*server).${handlers[endpoint]}(0xc000112000, {0x7a3f20, 0xc0001c4000}, 0xc0001b2000)`,
      `\t/app/handlers.go:${41 + 17 * endpoint} +0x2c5`,
    ] });
    serviceLogLines += 4;
  };

  const scrape = (): void => {
    const t = world.now();
    const s = db.stats();
    run.scrapes.push({ t, ...s });
    const status = server.status();
    let sleeping = 0;
    for (const x of server.sessions()) if (!x.running && x.command === 'Sleep') sleeping++;
    run.server.push({ t, threadsConnected: status.Threads_connected ?? server.sessions().length, maxConnections: config.server.maxConnections, sleeping });
    countWindow();
    // exact nearest-rank p50 and p99 by selection (the same values a sort would give, in linear time)
    const window = windowLatencies.subarray(0, windowCount);
    const p50 = nearestRank(window, 0.5);
    const p99 = nearestRank(window, 0.99);
    const p50Ms = p50 === null ? null : p50 / Millisecond;
    const p99Ms = p99 === null ? null : p99 / Millisecond;
    run.windows.push({ t, requests: windowRequests, p50Ms, p99Ms, errors: windowErrors, panics: windowPanics, endpoints: windowEndpoints });
    windowCount = 0;
    windowErrors = emptyErrors();
    windowPanics = 0;
    windowRequests = 0;
    windowEndpoints = routes.map(() => ({ requests: 0, failed: 0 }));
  };
  // the scraper is a task, not a timer, so the world runs to the end even when every request is done
  const scrapeTimes: Nanos[] = [];
  for (let t = 0; t < stopAt; t += SCRAPE_INTERVAL) scrapeTimes.push(t);
  scrapeTimes.push(stopAt);
  world.spawn('scraper', function* () {
    for (const t of scrapeTimes) {
      if (t > world.now()) yield* world.sleep(t - world.now(), 'next scrape');
      scrape();
    }
  });

  const hits = (endpoint: number, at: Nanos): boolean => {
    if (bug.kind === 'none' || at < bugStart) return false;
    if (bugEndpoint !== undefined && bugEndpoint !== endpoint) return false;
    return 'percent' in bug ? bugRng.float() * 100 < bug.percent : true;
  };

  const bg = background(world); // context.Background() is one value, shared by every request
  const deadline = config.deadlineMs === null ? null : config.deadlineMs * Millisecond;
  // what every request shares; the handler without a bug is a ServeRequest (serve-request.ts)
  const svc: ServeContext = { db, bg, deadline, goroutines: 100, finish: (endpoint, startedAt, err) => finish(endpoint, startedAt, err) };
  function* request(endpoint: number, startedAt: Nanos, sleepNs: Nanos, slow: boolean, buggy: boolean): Generator<unknown, void, unknown> {
    const goroutine = svc.goroutines++;
    let target = db;
    if (buggy && bug.kind === 'openPerRequest') {
      target = open(APP_DSN); // the bug: a new pool per request, never closed
      run.totals.pools++;
    }
    let ctx: Context = bg;
    let cancel: (() => void) | null = null;
    if (deadline !== null && !(buggy && bug.kind === 'noDeadline' && slow)) [ctx, cancel] = withTimeout(ctx, deadline);
    try {
      if (buggy && bug.kind === 'txLeak') {
        const [tx, err] = yield* target.begin();
        if (err || !tx) { finish(endpoint, startedAt, err); return; }
        const [, execErr] = yield* tx.exec(`UPDATE accounts SET balance = balance - 1 WHERE SLEEP(${(sleepNs / 1e9).toFixed(6)}) = 0`);
        // the bug: the handler finds the balance too low and answers 409 without Rollback; the Tx keeps
        // its connection (db.Begin: no context would ever roll it back)
        if (execErr) { finish(endpoint, startedAt, execErr); return; }
        run.totals.leaked++;
        finish(endpoint, startedAt, null, true);
        return;
      }
      if (buggy && (bug.kind === 'rowsLeak' || bug.kind === 'panicNoDefer')) {
        // the bug: db.Query (context.Background) and an exit before Close: the Rows keep the connection
        const [rows, err] = yield* target.query(selectSql(sleepNs));
        if (err || !rows) { finish(endpoint, startedAt, err); return; }
        yield* rows.next();
        run.totals.leaked++;
        if (bug.kind === 'panicNoDefer') {
          windowPanics++;
          logPanic(endpoint, goroutine);
          finish(endpoint, startedAt, null, true);
        } else finish(endpoint, startedAt, null);
        return;
      }
      const [rows, err] = yield* target.queryContext(ctx, selectSql(sleepNs));
      if (err || !rows) { finish(endpoint, startedAt, err); return; }
      // read every row; a buffered row comes back as the shared finished call, taken without a yield*
      for (;;) {
        const next = rows.next();
        if (next === DONE_TRUE) continue;
        if (next === DONE_FALSE || !(yield* next)) break;
      }
      const rerr = rows.err();
      yield* rows.close();
      finish(endpoint, startedAt, rerr);
    } finally {
      cancel?.();
    }
  }

  const drawLatency = latencySampler(config.latency);
  const slowShare = config.latency.slowShare;
  const slowNs = config.latency.slowMs * Millisecond;
  // Arrivals: a timer at each arrival's instant spawns its request and sets the timer for the next one (no
  // task sleeping between arrivals). The endpoints' streams are merged in time order, the first winning a tie.
  const heads = streams.map((s) => s.next());
  const arrive = (): void => {
    for (;;) {
      let e = 0;
      for (let i = 1; i < heads.length; i++) if (heads[i] < heads[e]) e = i;
      const at = heads[e];
      if (at >= stopAt) return; // Infinity when every stream has ended
      if (at > world.now()) {
        world.timer(at, arrive);
        return;
      }
      heads[e] = streams[e].next();
      run.totals.requests++;
      const sleepNs = drawLatency(latencyRng);
      const slow = slowShare > 0 && sleepNs >= slowNs;
      const buggy = hits(e, at);
      const endpoint = e;
      if (buggy) world.spawn('request', () => request(endpoint, at, sleepNs, slow, buggy));
      else world.spawn('request', serveTaskBody, { data: new ServeRequest(svc, endpoint, at, selectSql(sleepNs)) });
    }
  };
  arrive();

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

  let next = SCRAPE_INTERVAL;
  for (;;) {
    const checkpoint = Math.min(next, stopAt);
    const r = world.run({ until: () => world.now() > checkpoint || run.scrapes.length === scrapeTimes.length });
    hooks.onProgress?.(Math.min(1, world.now() / stopAt));
    if (r.kind === 'error') throw r.error;
    if (world.now() >= stopAt || run.scrapes.length === scrapeTimes.length || r.kind === 'done' || r.kind === 'deadlock') break;
    if (hooks.shouldCancel?.()) { run.cancelled = true; break; }
    next += SCRAPE_INTERVAL;
  }
  run.endedAt = world.now();
  if (options.console && options.console.length > 0 && !run.cancelled) run.console = runConsole(world, server, options.console);
  countWindow(); // requests that finished after the last scrape
  run.totals.latencyP99Ms = allLatencies.quantileMs(0.99);
  run.log = mergeLogs(serviceLog, driver.logger.lines);
  return run;
}

function mergeLogs(service: { t: Nanos; lines: string[] }[], driverLines: readonly string[]): string[] {
  // driver lines are `[mysql] YYYY/MM/DD HH:MM:SS ...`; both are in time order, so a merge by stamp keeps it
  const out: string[] = [];
  let d = 0;
  const limit = Math.min(driverLines.length, MAX_LOG_LINES);
  for (const entry of service) {
    const stamp = goLogStamp(entry.t);
    while (d < limit && driverLines[d].slice(8, 27) <= stamp) out.push(driverLines[d++]);
    out.push(...entry.lines);
  }
  while (d < limit) out.push(driverLines[d++]);
  return out;
}
