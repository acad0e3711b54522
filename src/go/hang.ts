/**
 * hang: the data behind the report of a run that stopped making progress (every goroutine blocked): which
 * goroutines wait on what and where, and for each open *sql.DB who waits for a connection and who holds each
 * one, with the line that acquired it. runProgram returns it as `RunResult.hang`; the CLI and the workbench
 * print the same facts as text (src/go/std/sql/ownership.ts).
 */
import type { Runtime } from './runtime/runtime.ts';
import type { DB, OpenResource } from '../pool/db.ts';
import type { Site } from '../sim/site.ts';
import type { Nanos } from '../sim/time.ts';

/** HangReport describes a run in which every goroutine is blocked. */
export interface HangReport {
  /**
   * hangsForever: real Go would hang here rather than report a deadlock (a *sql.DB is open, and its
   * connectionOpener goroutine stays alive); false means real Go prints `all goroutines are asleep - deadlock!`.
   */
  hangsForever: boolean;
  /** goroutines are the blocked goroutines, by id. */
  goroutines: BlockedGoroutine[];
  /** pools are the open *sql.DB handles, in the order the program opened them. */
  pools: PoolHang[];
}

/** BlockedGoroutine is one goroutine that is still alive and what it waits on. */
export interface BlockedGoroutine {
  id: number;
  /** waitReason is Go's wait reason as a traceback shows it (`select`, `chan receive`, `sync.WaitGroup.Wait`, ...). */
  waitReason: string;
  /** since is the virtual instant it started waiting. */
  since: Nanos;
  /** at is where it waits: the call site (with column) of a pool wait, else its innermost learner frame's line. */
  at?: Site;
  /** pool is the id of the *sql.DB whose connection it waits for, when it waits for one. */
  pool?: number;
}

/** PoolHang is one open *sql.DB: its counters, its waiters and who holds each connection. */
export interface PoolHang {
  id: number;
  maxOpen: number;
  open: number;
  inUse: number;
  idle: number;
  /** waiters are the goroutines waiting for a connection of this pool (goroutine ids). */
  waiters: number[];
  /** holders are the connections in use, each with the object that holds it and where that was acquired. */
  holders: ConnHolder[];
}

/** ConnHolder is one checked-out connection: the goroutine that acquired it, through what, and where. */
export interface ConnHolder {
  conn: number | null;
  /** goroutine is the id of the goroutine that acquired it (null when a runtime task did). */
  goroutine: number | null;
  /** kind: `rows` (an open *sql.Rows), `tx`, `heldConn` (a *sql.Conn), `conn` (a query or exec in flight). */
  kind: Exclude<OpenResource['kind'], 'stmt'>;
  site?: Site;
  /** at is the virtual instant it was acquired. */
  at: Nanos;
}

/** hangReport builds the report for a run whose goroutines are all blocked; dbs are the *sql.DB the program opened. */
export function hangReport(rt: Runtime, dbs: readonly DB[]): HangReport {
  const open = dbs.filter((d) => !d.closed);
  const byTask = new Map<number, number>();
  for (const g of rt.gs) if (g.task) byTask.set(g.task.id, g.id);
  const poolOfTask = poolWaits(rt, open);
  const goroutines: BlockedGoroutine[] = [];
  for (const g of rt.gs) {
    const t = g.task;
    if (!t || t.state === 'done' || t.state === 'failed') continue;
    const b: BlockedGoroutine = { id: g.id, waitReason: t.waitReason ?? 'running', since: t.waitSince ?? rt.world.now() };
    const f = learnerFrame(g.fs);
    const at = t.site ?? (f ? { file: f.fn.file.split('/').pop()!, line: f.p, col: 0, func: f.fn.name } : undefined);
    if (at) b.at = at;
    const pool = poolOfTask.get(t.id);
    if (pool !== undefined) b.pool = pool;
    goroutines.push(b);
  }
  const pools = open.map((db): PoolHang => {
    const s = db.stats();
    const holders = db.openResources()
      .filter((r): r is OpenResource & { kind: ConnHolder['kind'] } => r.kind !== 'stmt')
      .sort((a, b) => (a.conn ?? 0) - (b.conn ?? 0))
      .map((r) => {
        const h: ConnHolder = { conn: r.conn ?? null, goroutine: r.task === undefined ? null : (byTask.get(r.task) ?? null), kind: r.kind, at: r.at };
        if (r.site) h.site = r.site;
        return h;
      });
    const waiters = goroutines.filter((g) => g.pool === db.id).map((g) => g.id);
    return { id: db.id, maxOpen: s.MaxOpenConnections, open: s.OpenConnections, inUse: s.InUse, idle: s.Idle, waiters, holders };
  });
  return { hangsForever: open.length > 0, goroutines, pools };
}

/**
 * poolWaits maps each task waiting for a pool connection to its pool: from the stored event log
 * (conn.wait.start/end) when the world keeps one, else, with a single pool that has waiters, every task parked
 * in a pool wait (reason `select` with a call site: the runtime's own selects carry no site).
 */
function poolWaits(rt: Runtime, open: readonly DB[]): Map<number, number> {
  const out = new Map<number, number>();
  const log = rt.world.log;
  if (log.enabled) {
    const waiting = new Map<number, { task?: number; db: number }>();
    for (const e of log.events) {
      if (e.kind === 'conn.wait.start') waiting.set(e.waiter, { task: e.task, db: e.db });
      else if (e.kind === 'conn.wait.end') waiting.delete(e.waiter);
    }
    const ids = new Set(open.map((d) => d.id));
    for (const w of waiting.values()) if (w.task !== undefined && ids.has(w.db)) out.set(w.task, w.db);
    return out;
  }
  const withWaiters = open.filter((d) => d.waiters() > 0);
  if (withWaiters.length !== 1) return out;
  for (const g of rt.gs) {
    const t = g.task;
    if (t && t.state !== 'done' && t.state !== 'failed' && t.waitReason === 'select' && t.site) out.set(t.id, withWaiters[0]!.id);
  }
  return out;
}

type Frame = Runtime['gs'][number]['fs'][number];

/** learnerFrame is the innermost frame outside Go's own sources. */
function learnerFrame(fs: Frame[]): Frame | undefined {
  for (let k = fs.length - 1; k >= 0; k--) if (!fs[k]!.fn.file.startsWith('/usr/lib/go')) return fs[k];
  return fs[fs.length - 1];
}
