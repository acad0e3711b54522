/**
 * DB is Go 1.23's database/sql *DB on the virtual clock: the idle list (LIFO), the wait queue with a
 * seeded uniform random pick of waiter, the sequential opener, the connection cleaner (1 s floor),
 * bad-connection retries, and DBStats. Blocking methods are generators: call them with `yield*` inside
 * a sim task. Results are Go-style `[value, err]` tuples; nothing the real stack reports as an error
 * throws. Every checkout, Rows, Stmt, Tx and Conn records the acquiring task and the caller's Site and
 * emits events (src/sim/events.ts), so leaks can be reported with their source position and the pool
 * state can be rebuilt from the log.
 */
import { background, Canceled, canCancel, DeadlineExceeded, listenDone, withCancel, type Context } from '../sim/context.ts';
import type { ConnCloseReason } from '../sim/events.ts';
import { isError, type GoError } from '../sim/errors.ts';
import type { Rng } from '../sim/rng.ts';
import type { Site } from '../sim/site.ts';
import { Second, type Nanos } from '../sim/time.ts';
import type { Timer, World } from '../sim/world.ts';
import { ConnCall, type ConnStep, type ConnWake } from './conn-call.ts';
import { DriverConn } from './driver-conn.ts';
import { ErrBadConn, type Connector, type Value, type TxOptions } from './driver.ts';
import { errDBClosed } from './errors.ts';
import { pingDC, type Result } from './query-dc.ts';
import { ExecCall } from './exec-call.ts';
import { QueryCall } from './query-call.ts';
import type { Rows } from './rows.ts';
import { Row } from './row.ts';
import { Stmt } from './stmt.ts';
import { beginDC, type Tx } from './tx.ts';
import { HeldConn } from './held-conn.ts';
import { ResourceList } from './resource-list.ts';

/** DBStats is sql.DBStats, with Go's field names (WaitDuration in Nanos). */
export interface DBStats {
  MaxOpenConnections: number;
  OpenConnections: number;
  InUse: number;
  Idle: number;
  WaitCount: number;
  WaitDuration: Nanos;
  MaxIdleClosed: number;
  MaxIdleTimeClosed: number;
  MaxLifetimeClosed: number;
}

/** Strategy is connReuseStrategy. */
export type Strategy = 'cachedOrNewConn' | 'alwaysNewConn';

/** MAX_BAD_CONN_RETRIES is database/sql's maxBadConnRetries. */
export const MAX_BAD_CONN_RETRIES = 2;
/** DEFAULT_MAX_IDLE_CONNS is database/sql's defaultMaxIdleConns. */
export const DEFAULT_MAX_IDLE_CONNS = 2;
const CLEANER_MIN_INTERVAL = Second;


/** OpenResource is one pool object still open, for leak checks and reports. */
export interface OpenResource {
  kind: 'conn' | 'rows' | 'stmt' | 'tx' | 'heldConn';
  id: number;
  conn?: number;
  task?: number;
  site?: Site;
  at: Nanos;
}

/** Tracked is what every pool object exposes to the DB's open-resource registry. */
export interface Tracked {
  readonly resourceKind: OpenResource['kind'];
  readonly id: number;
  readonly task?: number;
  readonly site?: Site;
  readonly openedAt: Nanos;
  /** resSlot is the object's place in the DB's resources list (-1 when not in it). */
  resSlot: number;
  connId(): number | undefined;
}

const dbIds = new WeakMap<World, number>();
const NOOP = (): void => {};

/** nextObjectId allocates a world-unique id for a pool object (conn, rows, stmt, tx, held Conn, waiter, query). */
export function nextObjectId(world: World): number {
  return world._nextObjectId();
}

/** DB is sql.DB: a pool of zero or more driver connections. */
export class DB {
  readonly id: number;
  readonly rng: Rng;
  closed = false;
  numOpen = 0;
  numClosed = 0;
  maxOpen = 0;
  maxIdleCount = 0;
  maxLifetime: Nanos = 0;
  maxIdleTime: Nanos = 0;
  waitCount = 0;
  waitDuration: Nanos = 0;
  maxIdleClosed = 0;
  maxIdleTimeClosed = 0;
  maxLifetimeClosed = 0;
  readonly freeConn: DriverConn[] = [];
  private readonly connRequests: ConnCall[] = [];
  private readonly openerQueue: number[] = [];
  private openerRunning = false;
  private cleanerTimer: Timer | undefined;
  private cleanerRunning = false;
  private readonly openCtx: Context;
  private readonly cancelOpen: () => void;
  readonly resources = new ResourceList<Tracked>();
  readonly conns = new Set<DriverConn>();
  readonly openStmts = new Set<Stmt>();
  private bgCtx: Context | undefined;

  constructor(
    readonly world: World,
    readonly connector: Connector,
    readonly driverName = '',
    dsn = '',
  ) {
    this.id = (dbIds.get(world) ?? 0) + 1;
    dbIds.set(world, this.id);
    this.rng = world.rng.fork(`sql.DB#${this.id}`);
    // The opener's context: cancelled only by Close.
    [this.openCtx, this.cancelOpen] = withCancel(background(world));
    world.log.emit({ kind: 'db.open', db: this.id, driver: driverName, dsn });
  }

  /** emit records a pool event stamped with this world's clock. */
  emit(e: Parameters<World['log']['emit']>[0]): void {
    this.world.log.emit(e);
  }

  /** bg is context.Background() on this DB's world. */
  bg(): Context {
    return (this.bgCtx ??= background(this.world));
  }

  // ---- settings -------------------------------------------------------------------------------

  /** maxIdleConnsLocked is the effective idle limit (0 → 2, negative → 0). */
  maxIdleConnsLocked(): number {
    const n = this.maxIdleCount;
    if (n === 0) return DEFAULT_MAX_IDLE_CONNS;
    if (n < 0) return 0;
    return n;
  }

  private shortestIdleTime(): Nanos {
    if (this.maxIdleTime <= 0) return this.maxLifetime;
    if (this.maxLifetime <= 0) return this.maxIdleTime;
    return Math.min(this.maxIdleTime, this.maxLifetime);
  }

  private settingsEvent(setting: 'maxOpen' | 'maxIdle' | 'maxLifetime' | 'maxIdleTime', value: number, site: Site | undefined): void {
    this.emit({
      kind: 'pool.settings',
      db: this.id,
      setting,
      value,
      maxOpen: this.maxOpen,
      effectiveMaxIdle: this.maxIdleConnsLocked(),
      site,
    });
  }

  /** setMaxIdleConns is DB.SetMaxIdleConns: n<=0 keeps no idle conns; trims the newest idle conns; site goes on its events. */
  setMaxIdleConns(n: number, site?: Site): void {
    this.maxIdleCount = n > 0 ? n : -1;
    if (this.maxOpen > 0 && this.maxIdleConnsLocked() > this.maxOpen) this.maxIdleCount = this.maxOpen;
    this.settingsEvent('maxIdle', this.maxIdleCount, site);
    const maxIdle = this.maxIdleConnsLocked();
    if (this.freeConn.length > maxIdle) {
      const closing = this.freeConn.splice(maxIdle);
      for (const dc of closing) {
        this.maxIdleClosed++;
        dc.closing = true;
        this.emit({ kind: 'conn.idle.remove', db: this.id, conn: dc.id, reason: 'maxIdle', site });
        this.emit({ kind: 'pool.counter', db: this.id, conn: dc.id, counter: 'maxIdleClosed', site });
      }
      this.closeInBackground(closing, 'maxIdle');
    }
  }

  /** setMaxOpenConns is DB.SetMaxOpenConns: n<0 → 0 (unlimited); lowers the idle limit; never wakes waiters; site goes on its events. */
  setMaxOpenConns(n: number, site?: Site): void {
    this.maxOpen = n < 0 ? 0 : n;
    this.settingsEvent('maxOpen', this.maxOpen, site);
    if (this.maxOpen > 0 && this.maxIdleConnsLocked() > this.maxOpen) this.setMaxIdleConns(n, site);
  }

  /** setConnMaxLifetime is DB.SetConnMaxLifetime (d<=0: no limit); site goes on its pool.settings event. */
  setConnMaxLifetime(d: Nanos, site?: Site): void {
    if (d < 0) d = 0;
    const wake = d > 0 && d < this.shortestIdleTime() && this.cleanerRunning;
    this.maxLifetime = d;
    this.settingsEvent('maxLifetime', d, site);
    if (wake) this.wakeCleaner();
    this.startCleaner();
  }

  /** setConnMaxIdleTime is DB.SetConnMaxIdleTime (d<=0: no limit); site goes on its pool.settings event. */
  setConnMaxIdleTime(d: Nanos, site?: Site): void {
    if (d < 0) d = 0;
    const wake = d > 0 && d < this.shortestIdleTime() && this.cleanerRunning;
    this.maxIdleTime = d;
    this.settingsEvent('maxIdleTime', d, site);
    if (wake) this.wakeCleaner();
    this.startCleaner();
  }

  /** stats is DB.Stats. */
  stats(): DBStats {
    return {
      MaxOpenConnections: this.maxOpen,
      OpenConnections: this.numOpen,
      InUse: this.numOpen - this.freeConn.length,
      Idle: this.freeConn.length,
      WaitCount: this.waitCount,
      WaitDuration: this.waitDuration,
      MaxIdleClosed: this.maxIdleClosed,
      MaxIdleTimeClosed: this.maxIdleTimeClosed,
      MaxLifetimeClosed: this.maxLifetimeClosed,
    };
  }

  /** waiters is how many callers wait for a conn now. */
  waiters(): number {
    return this.connRequests.length;
  }

  /** openResources lists conns checked out and Rows/Stmt/Tx/Conn not closed, with their sites. */
  openResources(): OpenResource[] {
    const out: OpenResource[] = [];
    const owned = new Set<number>();
    for (const r of this.resources) {
      const conn = r.connId();
      if (conn !== undefined && r.resourceKind !== 'stmt') owned.add(conn);
      out.push({ kind: r.resourceKind, id: r.id, conn, task: r.task, site: r.site, at: r.openedAt });
    }
    // A checked-out conn not held by a Rows, Tx or Conn: an operation in flight (or a dial).
    for (const dc of this.conns) {
      if (dc.inUse && dc.checkedOut && dc.acquiredBy && !owned.has(dc.id)) {
        out.push({ kind: 'conn', id: dc.id, conn: dc.id, task: dc.acquiredBy.task, site: dc.acquiredBy.site, at: dc.acquiredBy.at });
      }
    }
    return out;
  }

  // ---- cleaner --------------------------------------------------------------------------------

  private startCleaner(): void {
    if ((this.maxLifetime > 0 || this.maxIdleTime > 0) && this.numOpen > 0 && !this.cleanerRunning) {
      this.cleanerRunning = true;
      this.armCleaner(this.shortestIdleTime());
    }
  }

  private armCleaner(d: Nanos): void {
    if (d < CLEANER_MIN_INTERVAL) d = CLEANER_MIN_INTERVAL;
    this.cleanerTimer?.stop();
    this.cleanerTimer = this.world.timer(this.world.now() + d, () => this.cleanerTick(), { daemon: true });
  }

  private wakeCleaner(): void {
    this.cleanerTimer?.stop();
    this.cleanerTimer = this.world.timer(this.world.now(), () => this.cleanerTick(), { daemon: true });
  }

  private cleanerTick(): void {
    let d = this.shortestIdleTime();
    if (this.closed || this.numOpen === 0 || d <= 0) {
      this.cleanerRunning = false;
      this.cleanerTimer = undefined;
      return;
    }
    const now = this.world.now();
    const closing: DriverConn[] = [];
    const reasons: ('maxIdleTime' | 'maxLifetime')[] = [];
    if (this.maxIdleTime > 0) {
      const idleSince = now - this.maxIdleTime;
      for (let i = this.freeConn.length - 1; i >= 0; i--) {
        if (this.freeConn[i]!.returnedAt < idleSince) {
          const removed = this.freeConn.splice(0, i + 1);
          for (const dc of removed) {
            closing.push(dc);
            reasons.push('maxIdleTime');
            this.maxIdleTimeClosed++;
            dc.closing = true;
            this.emit({ kind: 'conn.idle.remove', db: this.id, conn: dc.id, reason: 'maxIdleTime' });
            this.emit({ kind: 'pool.counter', db: this.id, conn: dc.id, counter: 'maxIdleTimeClosed' });
          }
          break;
        }
      }
      if (this.freeConn.length > 0) {
        const d2 = this.freeConn[0]!.returnedAt - idleSince;
        if (d2 < d) d = d2;
      }
    }
    if (this.maxLifetime > 0) {
      const expiredSince = now - this.maxLifetime;
      for (let i = 0; i < this.freeConn.length; i++) {
        const c = this.freeConn[i]!;
        if (c.createdAt < expiredSince) {
          this.freeConn.splice(i, 1);
          i--;
          closing.push(c);
          reasons.push('maxLifetime');
          this.maxLifetimeClosed++;
          c.closing = true;
          this.emit({ kind: 'conn.idle.remove', db: this.id, conn: c.id, reason: 'maxLifetime' });
          this.emit({ kind: 'pool.counter', db: this.id, conn: c.id, counter: 'maxLifetimeClosed' });
        } else {
          const d2 = c.createdAt - expiredSince;
          if (d2 < d) d = d2;
        }
      }
    }
    if (closing.length > 0) {
      const db = this;
      this.world.spawn('database/sql.connectionCleaner', function* () {
        for (let i = 0; i < closing.length; i++) yield* db.closeConn(closing[i]!, reasons[i]!);
      });
    }
    this.armCleaner(d);
  }

  // ---- opener ---------------------------------------------------------------------------------

  /** maybeOpenNewConnections is DB.maybeOpenNewConnections: one opener token per waiter that can be served. */
  maybeOpenNewConnections(): void {
    let n = this.connRequests.length;
    if (this.maxOpen > 0) n = Math.min(n, this.maxOpen - this.numOpen);
    while (n > 0) {
      this.numOpen++;
      n--;
      const id = nextObjectId(this.world);
      this.emit({ kind: 'conn.reserve', db: this.id, conn: id, via: 'opener' });
      if (this.closed) return;
      this.openerQueue.push(id);
    }
    if (this.openerQueue.length > 0 && !this.openerRunning && !this.closed) {
      this.openerRunning = true;
      const db = this;
      this.world.spawn('database/sql.connectionOpener', function* () {
        // Tokens still queued at DB.Close are drained as failed opens (numOpen--). Go's opener selects
        // between ctx.Done and openerCh at random there; this takes the branch that keeps numOpen right.
        while (db.openerQueue.length > 0) {
          const id = db.openerQueue.shift()!;
          if (db.openCtx.isDone()) {
            db.numOpen--;
            db.emit({ kind: 'conn.close', db: db.id, conn: id, reason: 'openerAfterClose', wasIdle: false });
            continue;
          }
          yield* db.openNewConnection(id);
        }
        db.openerRunning = false;
      });
    }
  }

  private *openNewConnection(id: number): Generator<unknown, void, unknown> {
    this.emit({ kind: 'conn.dial.start', db: this.id, conn: id, via: 'opener' });
    const [ci, err] = yield* this.connector.connect(this.openCtx);
    if (this.closed) {
      if (err === null && ci) yield* ci.close();
      this.numOpen--;
      this.emit({ kind: 'conn.close', db: this.id, conn: id, reason: 'openerAfterClose', wasIdle: false });
      return;
    }
    if (err !== null || !ci) {
      this.numOpen--;
      this.emit({ kind: 'conn.dial.fail', db: this.id, conn: id, error: err?.Error() ?? 'nil conn' });
      const w = this.takeRandomWaiter();
      if (w) {
        this.emit({ kind: 'conn.error.handoff', db: this.id, waiter: w.id, error: err?.Error() ?? '' });
        w.deliver(null, err);
      }
      this.maybeOpenNewConnections();
      return;
    }
    const dc = new DriverConn(id, ci, this.world.now());
    dc.inUse = false;
    this.conns.add(dc);
    this.emit({ kind: 'conn.dial.end', db: this.id, conn: id, session: ci.sessionId?.() });
    const to = this.putConnDBLocked(dc, 'handoff');
    if (to === 'closed') {
      this.numOpen--;
      this.conns.delete(dc);
      this.emit({ kind: 'conn.close', db: this.id, conn: id, reason: 'maxIdle', wasIdle: false });
      yield* ci.close();
    }
  }

  private takeRandomWaiter(): ConnCall | undefined {
    const n = this.connRequests.length;
    if (n === 0) return undefined;
    return this.removeWaiterAt(this.rng.int(n));
  }

  private removeWaiterAt(i: number): ConnCall {
    const reqs = this.connRequests;
    const w = reqs[i]!;
    const last = reqs.pop()!;
    if (last !== w) {
      reqs[i] = last;
      last.index = i;
    }
    w.index = -1;
    return w;
  }

  /**
   * putConnDBLocked hands a good conn to a random waiter, or appends it to the idle list if there is room;
   * returns where it went ('closed' means the caller must close it; MaxIdleClosed was counted if due).
   */
  private putConnDBLocked(dc: DriverConn, how: 'release' | 'handoff', releaseErr?: string): 'idle' | 'waiter' | 'closed' {
    const kind = how === 'release' ? 'conn.release' : 'conn.handoff';
    if (this.closed) {
      this.emit({ kind, db: this.id, conn: dc.id, to: 'closed', ...(releaseErr ? { error: releaseErr } : {}) });
      return 'closed';
    }
    if (this.maxOpen > 0 && this.numOpen > this.maxOpen) {
      this.emit({ kind, db: this.id, conn: dc.id, to: 'closed', ...(releaseErr ? { error: releaseErr } : {}) });
      return 'closed';
    }
    const w = this.takeRandomWaiter();
    if (w) {
      dc.inUse = true;
      if (this.world.log.active) this.emit({ kind, db: this.id, conn: dc.id, to: 'waiter', waiter: w.id });
      w.deliver(dc, null);
      return 'waiter';
    }
    if (this.maxIdleConnsLocked() > this.freeConn.length) {
      this.freeConn.push(dc);
      if (this.world.log.active) this.emit({ kind, db: this.id, conn: dc.id, to: 'idle' });
      this.startCleaner();
      return 'idle';
    }
    this.maxIdleClosed++;
    this.emit({ kind, db: this.id, conn: dc.id, to: 'closed' });
    this.emit({ kind: 'pool.counter', db: this.id, conn: dc.id, counter: 'maxIdleClosed' });
    return 'closed';
  }

  // ---- acquire / release ----------------------------------------------------------------------

  private acquired(dc: DriverConn, from: 'idle' | 'dial' | 'waiter', site: Site | undefined): DriverConn {
    const by = (dc.acquiredBy ??= { at: 0 });
    by.task = this.world.current()?.id;
    by.site = site;
    by.at = this.world.now();
    dc.checkedOut = true;
    if (this.world.log.active) this.emit({ kind: 'conn.acquire', db: this.id, conn: dc.id, from, site });
    return dc;
  }

  /**
   * acquireConn is DB.conn without a generator when it can be: an idle conn whose reset cannot block is
   * returned as a tuple at once; otherwise a generator to `yield*` (the same steps and events as `conn`).
   */
  acquireConn(ctx: Context, strategy: Strategy, site?: Site): [DriverConn | null, GoError | null] | Generator<unknown, [DriverConn | null, GoError | null], unknown> {
    if (this.closed) return [null, errDBClosed];
    if (ctx.isDone()) return [null, ctx.err()];
    const free = this.freeConn;
    if (strategy !== 'cachedOrNewConn' || free.length === 0) return this.conn(ctx, strategy, site);
    const dc = free[free.length - 1]!;
    const ci = dc.ci;
    const reset = dc.needReset && ci.resetSession !== undefined;
    if ((reset && !ci.resetSessionNow) || dc.expired(this.maxLifetime, this.world.now())) return this.conn(ctx, strategy, site);
    free.pop();
    dc.inUse = true;
    this.acquired(dc, 'idle', site);
    if (reset) {
      const err = ci.resetSessionNow!(ctx);
      if (isBadConn(err)) return this.closeBadReset(dc, err);
    }
    return [dc, null];
  }

  private *closeBadReset(dc: DriverConn, err: GoError | null): Generator<unknown, [DriverConn | null, GoError | null], unknown> {
    yield* this.closeConn(dc, 'bad');
    return [null, err];
  }

  /** conn is DB.conn: a conn from the idle list (LIFO), a waiter handoff, or a fresh dial (a ConnCall, not a generator). */
  conn(ctx: Context, strategy: Strategy, site?: Site): Generator<unknown, [DriverConn | null, GoError | null], unknown> {
    return new ConnCall(this, ctx, strategy, site).asGenerator();
  }

  /**
   * connBegin is DB.conn up to its wait: the result, the generator of the rest (idle list, dial), or null when
   * the call waits in the queue and its task parked (then connAfterWait goes on when it is woken).
   */
  connBegin(call: ConnCall): ConnStep {
    const ctx = call.ctx;
    const site = call.site;
    if (this.closed) return [null, errDBClosed];
    if (ctx.isDone()) return [null, ctx.err()];
    const lifetime = this.maxLifetime;
    call.lifetime = lifetime;
    if (call.strategy === 'cachedOrNewConn' && this.freeConn.length > 0) return this.connIdle(ctx, site, lifetime);
    if (this.maxOpen > 0 && this.numOpen >= this.maxOpen) {
      call.id = nextObjectId(this.world);
      const wait = this.world.wait<ConnWake>('select', { site });
      call.wait = wait;
      call.index = this.connRequests.length;
      this.connRequests.push(call);
      this.waitCount++;
      const log = this.world.log;
      if (log.active) this.emit({ kind: 'conn.wait.start', db: this.id, waiter: call.id, site });
      else log.skip();
      call.waitStart = this.world.now();
      if (canCancel(ctx)) {
        if (listenDone(ctx, call)) call.listening = true;
        else call.unsub = ctx.onDone(() => void wait.wake('ctx'));
      }
      if (wait.parkNow() !== null) return null;
      return this.connAfterWait(call);
    }
    return this.connDial(ctx, site);
  }

  /** connAfterWait is DB.conn after its wait ended: what it was woken with, as a result or the generator of the rest. */
  connAfterWait(call: ConnCall): ConnStep {
    const ctx = call.ctx;
    const site = call.site;
    if (call.listening) {
      call.listening = false;
      ctx.unlisten?.(call);
    } else if (call.unsub) {
      call.unsub();
      call.unsub = null;
    }
    const wait = call.wait!;
    const how: ConnWake = wait.timedOut ? 'ctx' : wait.wokenValue!;
    const waited = this.world.now() - call.waitStart;
    this.waitDuration += waited;
    const log = this.world.log;
    if (how === 'ctx') {
      const deleted = call.index >= 0;
      if (deleted) this.removeWaiterAt(call.index);
      const err = ctx.err();
      this.emit({ kind: 'conn.wait.end', db: this.id, waiter: call.id, outcome: 'context', waited, error: err?.Error(), site });
      // A releaser picked us after the context ended but before we ran: hand that conn back, not lose it.
      if (!deleted && call.delivered && call.gotDc) return this.putConnThen(call.gotDc, call.gotErr, err);
      return [null, err];
    }
    if (how === 'closed') {
      this.emit({ kind: 'conn.wait.end', db: this.id, waiter: call.id, outcome: 'dbClosed', waited, error: errDBClosed.Error(), site });
      return [null, errDBClosed];
    }
    const dc = call.gotDc;
    if (!dc) {
      this.emit({ kind: 'conn.wait.end', db: this.id, waiter: call.id, outcome: 'error', waited, error: call.gotErr?.Error(), site });
      return [null, call.gotErr];
    }
    if (log.active) this.emit({ kind: 'conn.wait.end', db: this.id, waiter: call.id, outcome: 'conn', waited, conn: dc.id, site });
    else log.skip();
    this.acquired(dc, 'waiter', site);
    if (call.strategy === 'cachedOrNewConn' && dc.expired(call.lifetime, this.world.now())) {
      this.maxLifetimeClosed++;
      this.emit({ kind: 'pool.counter', db: this.id, conn: dc.id, counter: 'maxLifetimeClosed', site });
      return this.closeConnThen(dc, 'maxLifetime', ErrBadConn);
    }
    const ci = dc.ci;
    if (!dc.needReset || !ci.resetSession) return [dc, null];
    // A driver whose reset cannot block resets without a generator (the same call: see Conn.resetSessionNow).
    if (!ci.resetSessionNow) return this.resetThen(dc, ctx);
    const err = ci.resetSessionNow(ctx);
    if (isError(err, ErrBadConn)) return this.closeConnThen(dc, 'bad', err);
    return [dc, null];
  }

  private *putConnThen(dc: DriverConn, err: GoError | null, ret: GoError | null): Generator<unknown, [DriverConn | null, GoError | null], unknown> {
    yield* this.putConn(dc, err, false);
    return [null, ret];
  }

  private *closeConnThen(dc: DriverConn, reason: ConnCloseReason, ret: GoError | null): Generator<unknown, [DriverConn | null, GoError | null], unknown> {
    yield* this.closeConn(dc, reason);
    return [null, ret];
  }

  private *resetThen(dc: DriverConn, ctx: Context): Generator<unknown, [DriverConn | null, GoError | null], unknown> {
    const err = yield* dc.ci.resetSession!(ctx);
    if (isError(err, ErrBadConn)) {
      yield* this.closeConn(dc, 'bad');
      return [null, err];
    }
    return [dc, null];
  }

  /** connIdle is DB.conn's idle-list branch (taken here when the fast path of acquireConn could not be). */
  private *connIdle(ctx: Context, site: Site | undefined, lifetime: Nanos): Generator<unknown, [DriverConn | null, GoError | null], unknown> {
    const dc = this.freeConn.pop()!;
    dc.inUse = true;
    this.acquired(dc, 'idle', site);
    if (dc.expired(lifetime, this.world.now())) {
      this.maxLifetimeClosed++;
      this.emit({ kind: 'pool.counter', db: this.id, conn: dc.id, counter: 'maxLifetimeClosed', site });
      yield* this.closeConn(dc, 'maxLifetime');
      return [null, ErrBadConn];
    }
    if (dc.needReset && dc.ci.resetSession) {
      const err = yield* dc.ci.resetSession(ctx);
      if (isBadConn(err)) {
        yield* this.closeConn(dc, 'bad');
        return [null, err];
      }
    }
    return [dc, null];
  }

  /** connDial is DB.conn's dial branch: numOpen is raised for a new conn dialed by this caller. */
  private *connDial(ctx: Context, site: Site | undefined): Generator<unknown, [DriverConn | null, GoError | null], unknown> {
    this.numOpen++;
    const id = nextObjectId(this.world);
    this.emit({ kind: 'conn.reserve', db: this.id, conn: id, via: 'direct', site });
    this.emit({ kind: 'conn.dial.start', db: this.id, conn: id, via: 'direct', site });
    const [ci, err] = yield* this.connector.connect(ctx);
    if (err !== null || !ci) {
      this.numOpen--;
      this.emit({ kind: 'conn.dial.fail', db: this.id, conn: id, error: err?.Error() ?? 'nil conn', site });
      this.maybeOpenNewConnections();
      return [null, err];
    }
    const dc = new DriverConn(id, ci, this.world.now());
    this.conns.add(dc);
    this.emit({ kind: 'conn.dial.end', db: this.id, conn: id, session: ci.sessionId?.(), site });
    return [this.acquired(dc, 'dial', site), null];
  }


  /** putConn is DB.putConn: validate, apply lifetime, then hand to a waiter, keep idle, or close. */
  *putConn(dc: DriverConn, err: GoError | null, resetSession: boolean): Generator<unknown, void, unknown> {
    const tail = this.putConnStart(dc, err, resetSession);
    if (tail !== null) yield* tail;
  }

  /**
   * putConnStart is putConn without a generator as far as nothing blocks: null when the conn went to a waiter
   * or the idle list, else the generator of the rest (onPut hooks, closing the conn), to `yield*` at once.
   */
  putConnStart(dc: DriverConn, err: GoError | null, resetSession: boolean): Generator<unknown, void, unknown> | null {
    let bad = isError(err, ErrBadConn);
    let reason: 'bad' | 'context' | 'maxLifetime' = 'bad';
    if (!bad) {
      if (resetSession) dc.needReset = true;
      if (dc.ci.isValid && !dc.ci.isValid()) {
        bad = true;
        reason = err && isContextError(err) ? 'context' : 'bad';
      }
    }
    if (!dc.inUse) throw new Error('sql: connection returned that was never out');
    if (!bad && dc.expired(this.maxLifetime, this.world.now())) {
      this.maxLifetimeClosed++;
      this.emit({ kind: 'pool.counter', db: this.id, conn: dc.id, counter: 'maxLifetimeClosed' });
      bad = true;
      reason = 'maxLifetime';
    }
    dc.inUse = false;
    dc.returnedAt = this.world.now();
    dc.checkedOut = false;
    if (dc.onPut.length > 0) return this.putConnAfterHooks(dc, err, bad, reason);
    return this.putConnEnd(dc, err, bad, reason);
  }

  private *putConnAfterHooks(dc: DriverConn, err: GoError | null, bad: boolean, reason: 'bad' | 'context' | 'maxLifetime'): Generator<unknown, void, unknown> {
    const onPut = dc.onPut;
    dc.onPut = [];
    for (const fn of onPut) yield* fn();
    const tail = this.putConnEnd(dc, err, bad, reason);
    if (tail !== null) yield* tail;
  }

  /** putConnEnd is putConn's last step: close a bad conn, or hand it on (closing it when nobody takes it). */
  private putConnEnd(dc: DriverConn, err: GoError | null, bad: boolean, reason: 'bad' | 'context' | 'maxLifetime'): Generator<unknown, void, unknown> | null {
    const errText = err && this.world.log.active ? err.Error() : undefined;
    if (bad) {
      this.emit({ kind: 'conn.release', db: this.id, conn: dc.id, to: 'closed', ...(errText ? { error: errText } : {}) });
      this.maybeOpenNewConnections();
      return this.closeConn(dc, reason);
    }
    const to = this.putConnDBLocked(dc, 'release', errText);
    if (to === 'closed') {
      const why = this.closed ? 'dbClose' : this.maxOpen > 0 && this.numOpen > this.maxOpen ? 'excess' : 'maxIdle';
      return this.closeConn(dc, why);
    }
    return null;
  }

  /** closeConn is driverConn.Close + finalClose: close its statements and the driver conn, then numOpen--. */
  *closeConn(dc: DriverConn, reason: ConnCloseReason): Generator<unknown, void, unknown> {
    if (dc.closed) return;
    dc.closed = true;
    dc.dbmuClosed = true;
    const stmts = [...dc.openStmt];
    dc.openStmt.clear();
    for (const ds of stmts) yield* ds.close();
    dc.finalClosed = true;
    yield* dc.ci.close();
    this.numOpen--;
    this.numClosed++;
    this.conns.delete(dc);
    this.emit({ kind: 'conn.close', db: this.id, conn: dc.id, reason, wasIdle: false });
    this.maybeOpenNewConnections();
  }

  private closeInBackground(closing: DriverConn[], reason: 'maxIdle' | 'dbClose'): void {
    const db = this;
    this.world.spawn('database/sql.closeConns', function* () {
      for (const dc of closing) yield* db.closeConn(dc, reason);
    });
  }

  /** releaser returns dc's release function (driverConn.releaseConn: putConn with resetSession). */
  releaser(dc: DriverConn): (err: GoError | null) => Generator<unknown, void, unknown> {
    if (dc.release) return dc.release;
    // putConn's generator itself, not one wrapped in another: one frame less per release.
    dc.release = (err) => this.putConn(dc, err, true);
    return dc.release;
  }

  /** retry is DB.retry: up to 2 cached attempts while the error is ErrBadConn, then one alwaysNewConn. */
  *retry<T>(fn: (strategy: Strategy) => Generator<unknown, [T, GoError | null], unknown>): Generator<unknown, [T, GoError | null], unknown> {
    for (let i = 0; i < MAX_BAD_CONN_RETRIES; i++) {
      const r = yield* fn('cachedOrNewConn');
      if (r[1] === null || !isBadConn(r[1])) return r;
    }
    return yield* fn('alwaysNewConn');
  }

  // ---- public API -----------------------------------------------------------------------------
  // The retry loop is written out in each method (same rule as retry()): fewer generator frames on the
  // hot path, which matters for the Pool Lab's throughput.

  /** pingContext is DB.PingContext. */
  *pingContext(ctx: Context, site?: Site): Generator<unknown, GoError | null, unknown> {
    for (let i = 0; ; i++) {
      const got = this.acquireConn(ctx, strategyFor(i), site);
      const [dc, e] = Array.isArray(got) ? got : yield* got;
      const err = e !== null || !dc ? e : yield* pingDC(this, ctx, dc, this.releaser(dc));
      if (err === null || i === MAX_BAD_CONN_RETRIES || !isBadConn(err)) return err;
    }
  }

  /** ping is DB.Ping. */
  ping(site?: Site): Generator<unknown, GoError | null, unknown> {
    return this.pingContext(this.bg(), site);
  }

  /** execContext is DB.ExecContext (an ExecCall: no generator when the driver parks once and the release does not block). */
  execContext(ctx: Context, query: string, args?: Value[], site?: Site): Generator<unknown, [Result | null, GoError | null], unknown> {
    return new ExecCall(this, ctx, query, args, site).asGenerator();
  }

  /** exec is DB.Exec. */
  exec(query: string, args: Value[] = [], site?: Site): Generator<unknown, [Result | null, GoError | null], unknown> {
    return this.execContext(this.bg(), query, args, site);
  }

  /** queryContext is DB.QueryContext: on success the Rows owns the conn until it is closed (a QueryCall: no generator). */
  queryContext(ctx: Context, query: string, args?: Value[], site?: Site): Generator<unknown, [Rows | null, GoError | null], unknown> {
    return new QueryCall(this, ctx, query, args, site).asGenerator();
  }

  /** query is DB.Query (Background context: a leaked Rows is never released). */
  query(query: string, args: Value[] = [], site?: Site): Generator<unknown, [Rows | null, GoError | null], unknown> {
    return this.queryContext(this.bg(), query, args, site);
  }

  /** queryRowContext is DB.QueryRowContext: errors are deferred to Row.Scan. */
  *queryRowContext(ctx: Context, query: string, args: Value[] = [], site?: Site): Generator<unknown, Row, unknown> {
    const [rows, err] = yield* this.queryContext(ctx, query, args, site);
    return new Row(rows, err);
  }

  /** queryRow is DB.QueryRow. */
  queryRow(query: string, args: Value[] = [], site?: Site): Generator<unknown, Row, unknown> {
    return this.queryRowContext(this.bg(), query, args, site);
  }

  /** prepareContext is DB.PrepareContext: prepares on one conn and releases it at once. */
  *prepareContext(ctx: Context, query: string, site?: Site): Generator<unknown, [Stmt | null, GoError | null], unknown> {
    for (let i = 0; ; i++) {
      const got = this.acquireConn(ctx, strategyFor(i), site);
      const [dc, e] = Array.isArray(got) ? got : yield* got;
      const r: [Stmt | null, GoError | null] = e !== null || !dc ? [null, e] : yield* Stmt.prepareDC(this, ctx, dc, this.releaser(dc), query, site);
      if (r[1] === null || i === MAX_BAD_CONN_RETRIES || !isBadConn(r[1])) return r;
    }
  }

  /** prepare is DB.Prepare. */
  prepare(query: string, site?: Site): Generator<unknown, [Stmt | null, GoError | null], unknown> {
    return this.prepareContext(this.bg(), query, site);
  }

  /** beginTx is DB.BeginTx: the Tx holds its conn until Commit/Rollback; rolls back when ctx ends. */
  *beginTx(ctx: Context, opts?: Partial<TxOptions>, site?: Site): Generator<unknown, [Tx | null, GoError | null], unknown> {
    for (let i = 0; ; i++) {
      const got = this.acquireConn(ctx, strategyFor(i), site);
      const [dc, e] = Array.isArray(got) ? got : yield* got;
      const r: [Tx | null, GoError | null] = e !== null || !dc ? [null, e] : yield* beginDC(this, ctx, dc, this.releaser(dc), opts, site);
      if (r[1] === null || i === MAX_BAD_CONN_RETRIES || !isBadConn(r[1])) return r;
    }
  }

  /** begin is DB.Begin. */
  begin(site?: Site): Generator<unknown, [Tx | null, GoError | null], unknown> {
    return this.beginTx(this.bg(), undefined, site);
  }

  /** connContext is DB.Conn: one dedicated conn, held until Conn.Close (ctx is used only to acquire it). */
  *connContext(ctx: Context, site?: Site): Generator<unknown, [HeldConn | null, GoError | null], unknown> {
    for (let i = 0; ; i++) {
      const got = this.acquireConn(ctx, strategyFor(i), site);
      const [dc, err] = Array.isArray(got) ? got : yield* got;
      if (dc && err === null) return [new HeldConn(this, dc, site), null];
      if (i === MAX_BAD_CONN_RETRIES || !isBadConn(err)) return [null, err];
    }
  }

  /** close is DB.Close: closes idle conns and fails every waiter; in-use conns stay open until released. */
  *close(): Generator<unknown, GoError | null, unknown> {
    if (this.closed) return null;
    this.cleanerTimer?.stop();
    this.cleanerTimer = undefined;
    this.cleanerRunning = false;
    const idle = this.freeConn.splice(0);
    for (const dc of idle) {
      dc.closing = true;
      this.emit({ kind: 'conn.idle.remove', db: this.id, conn: dc.id, reason: 'dbClose' });
    }
    this.closed = true;
    while (this.connRequests.length > 0) {
      const w = this.removeWaiterAt(this.connRequests.length - 1);
      w.wait!.wake('closed');
    }
    this.emit({ kind: 'db.close', db: this.id });
    for (const dc of idle) yield* this.closeConn(dc, 'dbClose');
    this.cancelOpen();
    const err = this.connector.close ? this.connector.close() : null;
    return err;
  }
}

/** strategyFor is the connReuseStrategy of retry attempt i (0-based). */
export function strategyFor(i: number): Strategy {
  return i < MAX_BAD_CONN_RETRIES ? 'cachedOrNewConn' : 'alwaysNewConn';
}

/** isBadConn is errors.Is(err, driver.ErrBadConn). */
export function isBadConn(err: GoError | null): boolean {
  return err === ErrBadConn || (err !== null && isError(err, ErrBadConn));
}

function isContextError(err: GoError): boolean {
  return isError(err, Canceled) || isError(err, DeadlineExceeded);
}
