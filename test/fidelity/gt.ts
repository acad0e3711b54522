/**
 * gt is the TypeScript twin of data/fidelity/go/gt/gt.go: the same tracer API (Variant, Snap, Err,
 * KillAppConns, a separate monitor pool on the `gtmon` account) on sim + pool + mysqldriver + server, so
 * each fidelity program can be replayed line by line and compared with its recorded modern trace.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { World } from '../../src/sim/world.ts';
import { background } from '../../src/sim/context.ts';
import type { GoError } from '../../src/sim/errors.ts';
import { Millisecond, type Nanos } from '../../src/sim/time.ts';
import { MysqlServer, type ServerOptions } from '../../src/mysql/server.ts';
import { SqlEngine } from '../../src/mysql/sql-engine.ts';
import { seedCourseDatabase } from '../../src/mysql/seed-data.ts';
import { MysqlDriver } from '../../src/pool/mysqldriver/mysql-driver.ts';
import { Registry } from '../../src/pool/registry.ts';
import type { DB, DBStats } from '../../src/pool/db.ts';
import type { ScanDest } from '../../src/pool/convert.ts';
import { loadSqlJs } from '../mysql/load-sqljs.ts';

/** Stats is a DBStats snapshot as the trace records it (WaitDurationMs in ms). */
export interface TraceStats {
  MaxOpenConnections: number; OpenConnections: number; InUse: number; Idle: number; WaitCount: number;
  WaitDurationMs: number; MaxIdleClosed: number; MaxIdleTimeClosed: number; MaxLifetimeClosed: number;
}

/** ServerView is the app user's sessions as the monitor sees them. */
export interface ServerView {
  count: number; by_command: Record<string, number>; by_state: Record<string, number>;
  threads: { id: number; command: string; state: string; info: string | null }[];
  status_Connections: number; status_Threads_connected: number; status_Aborted_clients: number; error?: string;
}

/** TraceEvent is one recorded event (the fields the replays compare). */
export interface TraceEvent {
  t_ms: number; variant: string; kind: string; label: string;
  stats?: TraceStats; server?: ServerView; err?: { error: string }; data?: unknown;
}

/** Trace is a recorded trace file. */
export interface Trace { events: TraceEvent[]; results: Record<string, unknown>; stderr_lines?: unknown[] }

/** loadTrace reads a modern trace from data/fidelity. */
export function loadTrace(name: string): Trace {
  return JSON.parse(readFileSync(join(import.meta.dirname, '../../data/fidelity/traces/modern', `${name}.json`), 'utf8')) as Trace;
}

/** APP_DSN is gt.DSN(""): the application account on the course database. */
export const APP_DSN = 'gtapp:gtapp-pw-1@tcp(127.0.0.1:3399)/course';

/** GT is one replay: world, server (default latency), driver registry, monitor pool and the recorded events. */
export class GT {
  readonly events: TraceEvent[] = [];
  readonly results: Record<string, unknown> = {};
  variantName = '';
  mon!: DB;

  private constructor(readonly world: World, readonly server: MysqlServer, readonly registry: Registry, readonly driver: MysqlDriver) {}

  /** create builds the stack; nothing runs until a task calls init(). */
  static async create(opts: Partial<ServerOptions> = {}, seed = 1): Promise<GT> {
    const world = new World({ seed });
    const engine = SqlEngine.create(await loadSqlJs());
    seedCourseDatabase(engine, world.rng.fork('seed-data'));
    const server = new MysqlServer(world, { engine, address: '127.0.0.1:3399', adminUsers: ['gtmon', 'root'], ...opts });
    const driver = new MysqlDriver(world, new Map([[server.address, server]]));
    const registry = new Registry();
    registry.register('mysql', driver);
    return new GT(world, server, registry, driver);
  }

  /** ms is virtual milliseconds since the start. */
  ms(t: Nanos = this.world.now()): number {
    return t / Millisecond;
  }

  /** init is gt.New's work on the monitor: open it, read the version and variables, kill app sessions. */
  *init(): Generator<unknown, void, unknown> {
    const [mon, err] = this.registry.open(this.world, 'mysql', 'gtmon:gtmon-pw-1@tcp(127.0.0.1:3399)/information_schema');
    if (err) throw new Error(err.Error());
    this.mon = mon!;
    this.mon.setMaxOpenConns(1);
    this.mon.setMaxIdleConns(1);
    yield* this.monQueryString('SELECT VERSION()');
    for (const v of ['max_connections', 'wait_timeout', 'max_prepared_stmt_count', 'net_write_timeout', 'net_read_timeout']) {
      yield* this.monQueryString(`SHOW GLOBAL VARIABLES LIKE '${v}'`, 2);
    }
    yield* this.killAppConns();
  }

  /** open is gt.Open(extra). */
  open(extra = ''): DB {
    const [db, err] = this.registry.open(this.world, 'mysql', extra ? `${APP_DSN}?${extra}` : APP_DSN);
    if (err) throw new Error(err.Error());
    return db!;
  }

  /** variant starts a variant. */
  variant(name: string): void {
    this.variantName = name;
    this.add({ kind: 'variant', label: name });
  }

  private add(e: Omit<TraceEvent, 't_ms' | 'variant'>): void {
    this.events.push({ t_ms: this.ms(), variant: this.variantName, ...e });
  }

  /** stats converts DBStats to the trace's form. */
  static stats(s: DBStats): TraceStats {
    const { WaitDuration, ...rest } = s;
    return { ...rest, WaitDurationMs: WaitDuration / Millisecond } as TraceStats;
  }

  /** snap is gt.Snap: pool stats plus the server view read through the monitor. */
  *snap(label: string, db: DB): Generator<unknown, [TraceStats, ServerView], unknown> {
    const stats = GT.stats(db.stats());
    const server = yield* this.serverView();
    this.add({ kind: 'snapshot', label, stats, server });
    return [stats, server];
  }

  /** err is gt.Err. */
  err(label: string, err: GoError | null, data?: unknown): string {
    const text = err ? err.Error() : '<nil>';
    this.add({ kind: 'error', label, err: { error: text }, data });
    return text;
  }

  /** note is gt.Note. */
  note(label: string, data: unknown): void {
    this.add({ kind: 'note', label, data });
  }

  private *monQueryString(sql: string, cols = 1): Generator<unknown, string, unknown> {
    const row = yield* this.mon.queryRow(sql);
    const vals: string[] = [];
    const dests: ScanDest[] = Array.from({ length: cols }, () => ({ kind: 'string', set: (v: unknown) => vals.push(String(v)) }));
    const err = yield* row.scan(...dests);
    if (err) throw new Error(err.Error());
    return vals[cols - 1]!;
  }

  /** monQueryInt is gt.MonQueryInt. */
  *monQueryInt(sql: string, args: (string | number | bigint)[] = []): Generator<unknown, number, unknown> {
    const row = yield* this.mon.queryRow(sql, args);
    let v = -1;
    const err = yield* row.scan({ kind: 'int64', set: (x: unknown) => { v = Number(x); } });
    return err ? -1 : v;
  }

  /** monExec is gt.MonExec. */
  *monExec(sql: string): Generator<unknown, GoError | null, unknown> {
    const [, err] = yield* this.mon.exec(sql);
    return err;
  }

  /** serverView is gt.Server(): PROCESSLIST of the app user and four global counters, via the monitor. */
  *serverView(): Generator<unknown, ServerView, unknown> {
    const sv: ServerView = { count: 0, by_command: {}, by_state: {}, threads: [], status_Connections: 0, status_Threads_connected: 0, status_Aborted_clients: 0 };
    const row = yield* this.mon.queryRow('SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE USER=?', ['gtapp']);
    const cerr = yield* row.scan({ kind: 'int', set: (v) => { sv.count = Number(v); } });
    if (cerr) { sv.error = cerr.Error(); return sv; }
    const [rows, err] = yield* this.mon.query("SELECT ID, COMMAND, COALESCE(STATE,''), INFO FROM information_schema.PROCESSLIST WHERE USER=? ORDER BY ID", ['gtapp']);
    if (err) { sv.error = err.Error(); return sv; }
    while (yield* rows!.next()) {
      const th = { id: 0, command: '', state: '', info: null as string | null };
      const serr = rows!.scan(
        { kind: 'int64', set: (v) => { th.id = Number(v); } },
        { kind: 'string', set: (v) => { th.command = String(v); } },
        { kind: 'string', set: (v) => { th.state = String(v); } },
        { kind: 'nullString', set: (v) => { const n = v as { valid: boolean; value: string }; th.info = n.valid ? n.value : null; } },
      );
      if (serr) { sv.error = serr.Error(); yield* rows!.close(); return sv; }
      sv.threads.push(th);
      sv.by_command[th.command] = (sv.by_command[th.command] ?? 0) + 1;
      sv.by_state[th.state] = (sv.by_state[th.state] ?? 0) + 1;
    }
    yield* rows!.close();
    const [st, sterr] = yield* this.mon.query("SHOW GLOBAL STATUS WHERE Variable_name IN ('Connections','Threads_connected','Aborted_clients','Aborted_connects')");
    if (sterr) return sv;
    while (yield* st!.next()) {
      let k = '';
      let v = 0;
      st!.scan({ kind: 'string', set: (x) => { k = String(x); } }, { kind: 'int64', set: (x) => { v = Number(x); } });
      if (k === 'Connections') sv.status_Connections = v;
      if (k === 'Threads_connected') sv.status_Threads_connected = v;
      if (k === 'Aborted_clients') sv.status_Aborted_clients = v;
    }
    yield* st!.close();
    return sv;
  }

  /** killAppConns is gt.KillAppConns: KILL every gtapp session and wait until none is listed. */
  *killAppConns(): Generator<unknown, void, unknown> {
    const [rows, err] = yield* this.mon.query('SELECT ID FROM information_schema.PROCESSLIST WHERE USER=?', ['gtapp']);
    if (err) return;
    const ids: number[] = [];
    while (yield* rows!.next()) rows!.scan({ kind: 'int64', set: (v) => { ids.push(Number(v)); } });
    yield* rows!.close();
    for (const id of ids) yield* this.mon.exec(`KILL ${id}`);
    for (let i = 0; i < 100; i++) {
      if ((yield* this.monQueryInt('SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE USER=?', ['gtapp'])) === 0) return;
      yield* this.world.sleep(50 * Millisecond);
    }
  }

  /** go spawns a goroutine; waitAll (sync.WaitGroup.Wait) waits for every goroutine spawned so far. */
  go(name: string, body: () => Generator<unknown, void, unknown>): void {
    this.pending++;
    const gt = this;
    this.world.spawn(name, function* () {
      yield* body();
      if (--gt.pending === 0) for (const w of gt.waiters.splice(0)) w();
    });
  }

  private pending = 0;
  private readonly waiters: (() => void)[] = [];

  /** waitAll blocks until every goroutine started with go() has returned. */
  *waitAll(): Generator<unknown, void, unknown> {
    if (this.pending === 0) return;
    const w = this.world.wait<void>('sync.WaitGroup.Wait');
    this.waiters.push(() => w.wake(undefined));
    yield* w.park();
  }

  /** globalStatus is gt.GlobalStatus via the monitor. */
  *globalStatus(name: string): Generator<unknown, string, unknown> {
    return yield* this.monQueryString(`SHOW GLOBAL STATUS LIKE '${name}'`, 2);
  }

  /** globalVar is gt.GlobalVar via the monitor. */
  *globalVar(name: string): Generator<unknown, string, unknown> {
    return yield* this.monQueryString(`SHOW GLOBAL VARIABLES LIKE '${name}'`, 2);
  }

  /** run spawns main as the program's main goroutine and runs the world to the end. */
  run(main: (gt: GT) => Generator<unknown, void, unknown>): void {
    const gt = this;
    this.world.spawn('main', function* () {
      yield* gt.init();
      yield* main(gt);
      yield* gt.mon.close();
    });
    const r = this.world.run();
    if (r.kind !== 'done') throw new Error(`replay ended with ${r.kind}${r.kind === 'error' ? `: ${String(r.error)}` : ''}`);
  }
}

/** TOLERANCE_MS is the allowed difference of times and WaitDurationMs (issue 3: ±5 ms). */
export const TOLERANCE_MS = 5;

function variantStart(events: TraceEvent[], variant: string): number {
  return events.find((e) => e.kind === 'variant' && e.variant === variant)?.t_ms ?? 0;
}

/**
 * expectMatches compares a replay's events with the trace's, by variant and label, in order: error text,
 * all DBStats fields (WaitDurationMs within ±5 ms), the server's PROCESSLIST view and Threads_connected,
 * and each step's duration within ±5 ms. `jitter` lists `variant/label` steps whose recorded duration
 * is real-machine noise (the same step in a sibling variant is within tolerance); their timing is not compared.
 * `serverRace` lists snapshots taken while the real server was still reaping sessions that sent COM_QUIT
 * (MariaDB removes them asynchronously); their server view is not compared.
 */
/** expectMatches compares a replay's events with the trace's, by variant and label, in order. */
export function expectMatches(replay: GT, trace: Trace, opts: { variants?: string[]; skipLabels?: string[]; jitter?: string[]; serverRace?: string[] } = {}): void {
  const variants = opts.variants ?? [...new Set(trace.events.filter((e) => e.kind === 'variant').map((e) => e.variant))];
  for (const v of variants) {
    const want = trace.events.filter((e) => e.variant === v && (e.kind === 'snapshot' || e.kind === 'error') && !opts.skipLabels?.includes(e.label));
    const got = replay.events.filter((e) => e.variant === v && (e.kind === 'snapshot' || e.kind === 'error') && !opts.skipLabels?.includes(e.label));
    expect(got.map((e) => `${e.kind}:${e.label}`), `events of ${v}`).toEqual(want.map((e) => `${e.kind}:${e.label}`));
    const w0 = variantStart(trace.events, v);
    const g0 = variantStart(replay.events, v);
    if (process.env.GT_DEBUG) {
      for (let i = 0; i < want.length; i++) {
        console.log(`${v} ${want[i]!.label}: ours ${((got[i]?.t_ms ?? NaN) - g0).toFixed(3)} trace ${(want[i]!.t_ms - w0).toFixed(3)}`);
      }
    }
    for (let i = 0; i < want.length; i++) {
      const w = want[i]!;
      const g = got[i]!;
      const where = `${v} / ${w.kind} ${w.label}`;
      // Each step (time since the previous compared event) must match within ±5 ms; comparing absolute
      // times would add up the real run's scheduler and time.Sleep jitter (about 1 ms per Sleep).
      const gStep = g.t_ms - (i === 0 ? g0 : got[i - 1]!.t_ms);
      const wStep = w.t_ms - (i === 0 ? w0 : want[i - 1]!.t_ms);
      if (!opts.jitter?.includes(`${v}/${w.label}`)) expect(Math.abs(gStep - wStep), `${where}: step ${gStep.toFixed(3)} ms vs ${wStep.toFixed(3)} ms`).toBeLessThanOrEqual(TOLERANCE_MS);
      if (w.kind === 'error') expect(g.err?.error, where).toBe(w.err?.error);
      if (w.stats) {
        const { WaitDurationMs: ww, ...wrest } = w.stats;
        const { WaitDurationMs: gw, ...grest } = g.stats!;
        expect(grest, where).toEqual(wrest);
        expect(Math.abs(gw - ww), `${where}: WaitDurationMs ${gw} vs ${ww}`).toBeLessThanOrEqual(TOLERANCE_MS);
      }
      if (w.server && !opts.serverRace?.includes(`${v}/${w.label}`)) {
        expect(g.server!.error, `${where}: server view error`).toBe(w.server.error);
        expect(g.server!.count, `${where}: server count`).toBe(w.server.count);
        expect(g.server!.by_command, `${where}: by_command`).toEqual(w.server.by_command);
        expect(g.server!.by_state, `${where}: by_state`).toEqual(w.server.by_state);
        expect(g.server!.threads.map((t) => t.info), `${where}: info`).toEqual(w.server.threads.map((t) => t.info));
        expect(g.server!.status_Threads_connected, `${where}: Threads_connected`).toBe(w.server.status_Threads_connected);
      }
    }
  }
}

/** startTimes returns the recorded start_ms of each goroutine of a variant (gt's `goroutines` note). */
export function startTimes(trace: Trace, variant: string): number[] {
  const note = trace.events.find((e) => e.variant === variant && e.kind === 'note' && e.label === 'goroutines');
  return (note?.data as { start_ms: number }[]).map((g) => g.start_ms);
}

/** deltas returns how a counter moved between consecutive server snapshots of a variant. */
export function deltas(events: TraceEvent[], variant: string, key: 'status_Connections' | 'status_Aborted_clients'): number[] {
  const s = events.filter((e) => e.variant === variant && e.server).map((e) => e.server![key]);
  return s.slice(1).map((x, i) => x - s[i]!);
}

void background;
