import { type Context } from '../sim/context.ts';
import { newError, type GoError } from '../sim/errors.ts';
import type { Site } from '../sim/site.ts';
import type { Nanos } from '../sim/time.ts';
import { nextObjectId, type DB, type Strategy, type Tracked } from './db.ts';
import { DriverStmt, type DriverConn } from './driver-conn.ts';
import type { Value } from './driver.ts';
import { errStmtClosed } from './errors.ts';
import { checkNumInput, namedValues, type Result } from './query-dc.ts';
import { Row } from './row.ts';
import { Rows, type Release } from './rows.ts';

/** ConnGrabber is stmtConnGrabber: a Tx or held Conn that pins a Stmt to its one conn. */
export interface ConnGrabber {
  grabConn(ctx: Context): [DriverConn | null, Release | null, GoError | null];
  txCtx(): Context | undefined;
  readonly ownerTag: { tx?: number; heldConn?: number };
}

/**
 * Stmt is sql.Stmt. A DB Stmt is prepared again on whatever conn each execution gets (one driver
 * statement per conn, kept in css); it holds no conn between calls. Close frees the driver statements
 * now on idle conns, at release on busy ones, and waits for Rows still open from it.
 */
export class Stmt implements Tracked {
  readonly resourceKind = 'stmt' as const;
  resSlot = -1;
  readonly id: number;
  readonly task?: number;
  readonly openedAt: Nanos;
  closed = false;
  css: { dc: DriverConn; ds: DriverStmt }[] = [];
  private lastNumClosed = 0;
  private deps = 0;
  /** stickyErr: a Tx.Stmt that could not be made returns this from every method (Go's stickyErr). */
  private stickyErr: GoError | null = null;
  /** parentStmt: the DB Stmt a Tx.Stmt wrapper borrows its driver statement from. */
  private parentStmt: Stmt | undefined;

  private constructor(
    readonly db: DB,
    readonly queryText: string,
    readonly site: Site | undefined,
    readonly cg: ConnGrabber | undefined,
    private cgds: DriverStmt | undefined,
  ) {
    this.id = nextObjectId(db.world);
    this.task = db.world.current()?.id;
    this.openedAt = db.world.now();
  }

  /** connId is the conn a Tx/Conn-bound Stmt is pinned to (undefined for a DB Stmt). */
  connId(): number | undefined {
    return this.cgds?.dc.id;
  }

  /** prepareDC is DB.prepareDC: prepare on dc, then release dc at once. */
  static *prepareDC(
    db: DB,
    ctx: Context,
    dc: DriverConn,
    release: Release,
    query: string,
    site: Site | undefined,
    cg?: ConnGrabber,
  ): Generator<unknown, [Stmt | null, GoError | null], unknown> {
    const [si, err] = yield* dc.ci.prepare(ctx, query);
    if (err !== null || !si) {
      yield* release(err);
      return [null, err];
    }
    const ds = new DriverStmt(dc, si);
    const stmt = new Stmt(db, query, site, cg, ds);
    trackDriverStmt(db, ds, stmt.id);
    db.resources.add(stmt);
    db.emit({ kind: 'stmt.prepare', db: db.id, stmt: stmt.id, sql: query, ...(cg?.ownerTag ?? {}), site });
    db.emit({ kind: 'stmt.conn.prepare', db: db.id, stmt: stmt.id, conn: dc.id });
    if (!cg) {
      dc.openStmt.add(ds);
      stmt.css = [{ dc, ds }];
      stmt.lastNumClosed = db.numClosed;
      stmt.deps = 1;
    }
    yield* release(null);
    return [stmt, null];
  }

  /** txStmt is Tx.StmtContext: a Tx-bound copy of stmt, reusing or adding its driver statement on the Tx conn. */
  static *txStmt(
    db: DB,
    ctx: Context,
    cg: ConnGrabber,
    stmt: Stmt,
    site: Site | undefined,
  ): Generator<unknown, Stmt, unknown> {
    const sticky = (err: GoError | null): Stmt => {
      const s = new Stmt(db, stmt.queryText, site, cg, undefined);
      s.stickyErr = err;
      return s;
    };
    const [dc, release, gerr] = cg.grabConn(ctx);
    if (gerr !== null || !dc) return sticky(gerr);
    try {
      if (stmt.db !== db) return sticky(newError('sql: Tx.Stmt: statement from different database used'));
      let ds: DriverStmt | undefined;
      let parent: Stmt | undefined;
      if (stmt.closed || stmt.cg) {
        const [si, err] = yield* dc.ci.prepare(ctx, stmt.queryText);
        if (err !== null || !si) return sticky(err);
        ds = new DriverStmt(dc, si);
      } else {
        stmt.removeClosedStmts();
        const found = stmt.css.find((v) => v.dc === dc);
        if (found) ds = new DriverStmt(dc, found.ds.si);
        else {
          const [si, err] = yield* dc.ci.prepare(ctx, stmt.queryText);
          if (err !== null || !si) return sticky(err);
          const pds = new DriverStmt(dc, si);
          trackDriverStmt(db, pds, stmt.id);
          dc.openStmt.add(pds);
          stmt.css.push({ dc, ds: pds });
          db.emit({ kind: 'stmt.conn.prepare', db: db.id, stmt: stmt.id, conn: dc.id });
          ds = new DriverStmt(dc, si);
        }
        parent = stmt;
      }
      const txs = new Stmt(db, stmt.queryText, site, cg, ds);
      txs.parentStmt = parent;
      if (parent) parent.deps++;
      else trackDriverStmt(db, ds, txs.id);
      db.resources.add(txs);
      db.emit({ kind: 'stmt.prepare', db: db.id, stmt: txs.id, sql: stmt.queryText, ...cg.ownerTag, site });
      return txs;
    } finally {
      yield* release!(null);
    }
  }

  private removeClosedStmts(): void {
    const t = Math.min(Math.floor(this.css.length / 2) + 1, 10);
    if (this.db.numClosed - this.lastNumClosed < t) return;
    this.css = this.css.filter((c) => !c.dc.dbmuClosed);
    this.lastNumClosed = this.db.numClosed;
  }

  private *connStmt(
    ctx: Context,
    strategy: Strategy,
    site: Site | undefined,
  ): Generator<unknown, [DriverConn | null, Release | null, DriverStmt | null, GoError | null], unknown> {
    if (this.stickyErr) return [null, null, null, this.stickyErr];
    if (this.closed) return [null, null, null, errStmtClosed];
    if (this.cg) {
      const [dc, release, err] = this.cg.grabConn(ctx);
      if (err !== null) return [null, null, null, err];
      return [dc, release, this.cgds!, null];
    }
    this.removeClosedStmts();
    const [dc, err] = yield* this.db.conn(ctx, strategy, site ?? this.site);
    if (err !== null || !dc) return [null, null, null, err];
    const release = this.db.releaser(dc);
    for (const v of this.css) if (v.dc === dc) return [dc, release, v.ds, null];
    const [si, perr] = yield* dc.ci.prepare(ctx, this.queryText);
    if (perr !== null || !si) {
      yield* release(perr);
      return [null, null, null, perr];
    }
    const ds = new DriverStmt(dc, si);
    trackDriverStmt(this.db, ds, this.id);
    dc.openStmt.add(ds);
    this.css.push({ dc, ds });
    this.db.emit({ kind: 'stmt.conn.prepare', db: this.db.id, stmt: this.id, conn: dc.id });
    return [dc, release, ds, null];
  }

  private *withRetry<T>(fn: (s: Strategy) => Generator<unknown, [T, GoError | null], unknown>): Generator<unknown, [T, GoError | null], unknown> {
    if (this.cg) return yield* fn('cachedOrNewConn');
    return yield* this.db.retry(fn);
  }

  /** execContext is Stmt.ExecContext. */
  *execContext(ctx: Context, args: Value[] = [], site?: Site): Generator<unknown, [Result | null, GoError | null], unknown> {
    const stmt = this;
    return yield* this.withRetry<Result | null>(function* (s) {
      const [dc, release, ds, err] = yield* stmt.connStmt(ctx, s, site);
      if (err !== null || !dc) return [null, err];
      const nv = namedValues(args);
      const qid = nextObjectId(stmt.db.world);
      stmt.db.emit({ kind: 'query.start', db: stmt.db.id, conn: dc.id, op: 'exec', query: qid, sql: stmt.queryText, args: args.length, site });
      let res: Result | null = null;
      let e = checkNumInput(ds!, nv.length);
      if (e === null) [res, e] = yield* ds!.si.exec(ctx, nv);
      stmt.db.emit({ kind: 'query.end', db: stmt.db.id, conn: dc.id, query: qid, ...(e ? { error: e.Error() } : {}) });
      yield* release!(e);
      return e !== null ? [null, e] : [res, null];
    });
  }

  /** exec is Stmt.Exec. */
  *exec(args: Value[] = [], site?: Site): Generator<unknown, [Result | null, GoError | null], unknown> {
    return yield* this.execContext(this.db.bg(), args, site);
  }

  /** queryContext is Stmt.QueryContext: the Rows owns the conn; the Stmt stays open until they close. */
  *queryContext(ctx: Context, args: Value[] = [], site?: Site): Generator<unknown, [Rows | null, GoError | null], unknown> {
    const stmt = this;
    return yield* this.withRetry<Rows | null>(function* (s) {
      const [dc, release, ds, err] = yield* stmt.connStmt(ctx, s, site);
      if (err !== null || !dc) return [null, err];
      const nv = namedValues(args);
      const qid = nextObjectId(stmt.db.world);
      stmt.db.emit({ kind: 'query.start', db: stmt.db.id, conn: dc.id, op: 'query', query: qid, sql: stmt.queryText, args: args.length, site });
      let e = checkNumInput(ds!, nv.length);
      let rowsi = null;
      if (e === null) [rowsi, e] = yield* ds!.si.query(ctx, nv);
      stmt.db.emit({ kind: 'query.end', db: stmt.db.id, conn: dc.id, query: qid, ...(e ? { error: e.Error() } : {}) });
      if (e !== null || !rowsi) {
        yield* release!(e);
        return [null, e];
      }
      if (!stmt.cg) stmt.deps++;
      const rel: Release = function* (re) {
        yield* release!(re);
        if (!stmt.cg) yield* stmt.removeDep();
      };
      const rows = new Rows(stmt.db, dc, rel, rowsi, undefined, site, { stmt: stmt.id, query: qid, ...(stmt.cg?.ownerTag ?? {}) }, nextObjectId(stmt.db.world));
      rows.initContextClose(ctx, stmt.cg?.txCtx());
      return [rows, null];
    });
  }

  /** query is Stmt.Query. */
  *query(args: Value[] = [], site?: Site): Generator<unknown, [Rows | null, GoError | null], unknown> {
    return yield* this.queryContext(this.db.bg(), args, site);
  }

  /** queryRowContext is Stmt.QueryRowContext. */
  *queryRowContext(ctx: Context, args: Value[] = [], site?: Site): Generator<unknown, Row, unknown> {
    const [rows, err] = yield* this.queryContext(ctx, args, site);
    return new Row(rows, err);
  }

  /** queryRow is Stmt.QueryRow. */
  *queryRow(args: Value[] = [], site?: Site): Generator<unknown, Row, unknown> {
    return yield* this.queryRowContext(this.db.bg(), args, site);
  }

  /** close is Stmt.Close: idempotent; driver statements close now (idle conn), at release (busy conn), or after the Stmt's open Rows. */
  *close(): Generator<unknown, GoError | null, unknown> {
    if (this.stickyErr) return this.stickyErr;
    if (this.closed) return null;
    this.closed = true;
    if (this.db.resources.delete(this)) this.db.emit({ kind: 'stmt.close', db: this.db.id, stmt: this.id });
    if (!this.cg) {
      yield* this.removeDep();
      return null;
    }
    if (this.parentStmt) {
      yield* this.parentStmt.removeDep();
      return null;
    }
    const ds = this.cgds;
    this.cgds = undefined;
    return ds ? yield* ds.close() : null;
  }

  /** forget drops a dead Tx/Conn statement from the open resources without closing it (see Tx.forgetPrepared). */
  forget(): void {
    if (this.closed || !this.db.resources.has(this)) return;
    this.db.resources.delete(this);
    this.db.emit({ kind: 'stmt.close', db: this.db.id, stmt: this.id });
  }

  private *removeDep(): Generator<unknown, void, unknown> {
    this.deps--;
    if (this.deps > 0 || !this.closed) return;
    const css = this.css;
    this.css = [];
    for (const { dc, ds } of css) {
      dc.openStmt.delete(ds);
      if (dc.inUse) dc.onPut.push(() => ds.close());
      else if (!dc.finalClosed) yield* ds.close();
    }
  }
}

function trackDriverStmt(db: DB, ds: DriverStmt, stmtId: number): void {
  ds.stmtId = stmtId;
  ds.onClose = () => db.emit({ kind: 'stmt.conn.close', db: db.id, stmt: stmtId, conn: ds.dc.id });
}
