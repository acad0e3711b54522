import { withCancel, type Context } from '../sim/context.ts';
import { isError, type GoError } from '../sim/errors.ts';
import type { Site } from '../sim/site.ts';
import type { Nanos } from '../sim/time.ts';
import { nextObjectId, type DB, type Tracked } from './db.ts';
import type { DriverConn } from './driver-conn.ts';
import { ErrBadConn, type Tx as DriverTx, type TxOptions, type Value, type IsolationLevel } from './driver.ts';
import { ErrTxDone } from './errors.ts';
import { Gate } from './gate.ts';
import { execDC, queryDC, type Result } from './query-dc.ts';
import { Row } from './row.ts';
import type { Release, Rows } from './rows.ts';
import { Stmt, type ConnGrabber } from './stmt.ts';

/** beginDC is DB.beginDC: begin on dc; the Tx holds dc until Commit/Rollback and rolls back when ctx ends. */
export function* beginDC(
  db: DB,
  ctx: Context,
  dc: DriverConn,
  release: Release,
  opts: Partial<TxOptions> | undefined,
  site: Site | undefined,
  heldConn?: number,
): Generator<unknown, [Tx | null, GoError | null], unknown> {
  const keepConnOnRollback = !!(dc.ci.resetSession && dc.ci.isValid);
  const full: TxOptions = { isolation: (opts?.isolation ?? 0) as IsolationLevel, readOnly: opts?.readOnly ?? false };
  let [txi, err] = yield* dc.ci.begin(ctx, full);
  if (err === null && txi && ctx.isDone()) {
    yield* txi.rollback();
    err = ctx.err();
    txi = null;
  }
  if (err !== null || !txi) {
    yield* release(err);
    return [null, err];
  }
  return [new Tx(db, ctx, dc, release, txi, keepConnOnRollback, site, heldConn), null];
}

/** Tx is sql.Tx: it holds one conn exclusively until Commit or Rollback (or its context ends: rollback). */
export class Tx implements Tracked, ConnGrabber {
  readonly resourceKind = 'tx' as const;
  resSlot = -1;
  readonly id: number;
  readonly task?: number;
  readonly openedAt: Nanos;
  done = false;
  private readonly ctx: Context;
  private readonly cancel: () => void;
  private readonly gate: Gate;
  private readonly stmts: Stmt[] = [];
  readonly ownerTag: { tx: number };

  constructor(
    readonly db: DB,
    parent: Context,
    private dc: DriverConn,
    private readonly releaseConn: Release,
    private readonly txi: DriverTx,
    private readonly keepConnOnRollback: boolean,
    readonly site: Site | undefined,
    heldConn?: number,
  ) {
    this.id = nextObjectId(db.world);
    this.ownerTag = { tx: this.id };
    this.task = db.world.current()?.id;
    this.openedAt = db.world.now();
    this.gate = new Gate(db.world, 'sync.RWMutex.Lock');
    [this.ctx, this.cancel] = withCancel(parent);
    db.resources.add(this);
    db.emit({ kind: 'tx.begin', db: db.id, conn: dc.id, tx: this.id, site });
    void heldConn;
    this.ctx.onDone(() => {
      if (this.done) return;
      const tx = this;
      db.world.spawn('database/sql.(*Tx).awaitDone', function* () {
        yield* tx.rollbackInternal(!tx.keepConnOnRollback, 'contextRollback');
      });
    });
  }

  /** connId is the conn the Tx holds. */
  connId(): number {
    return this.dc.id;
  }

  /** grabConn is Tx.grabConn: the Tx's conn under a read hold, unless ctx or the Tx is done. */
  grabConn(ctx: Context): [DriverConn | null, Release | null, GoError | null] {
    if (ctx.isDone()) return [null, null, ctx.err()];
    if (this.done) return [null, null, ErrTxDone];
    this.gate.rlock();
    const gate = this.gate;
    return [
      this.dc,
      function* () {
        gate.runlock();
      },
      null,
    ];
  }

  /** txCtx is the Tx context (ends at Commit/Rollback): Tx Rows close when it ends. */
  txCtx(): Context {
    return this.ctx;
  }

  /** commit is Tx.Commit. */
  *commit(): Generator<unknown, GoError | null, unknown> {
    if (this.ctx.isDone()) return this.done ? ErrTxDone : this.ctx.err();
    if (this.done) return ErrTxDone;
    this.done = true;
    this.cancel();
    yield* this.gate.lock();
    this.gate.unlock();
    const err = yield* this.txi.commit();
    if (!isError(err, ErrBadConn)) yield* this.closePrepared();
    else this.forgetPrepared();
    yield* this.finish(err, 'commit', err);
    return err;
  }

  /** rollback is Tx.Rollback. */
  *rollback(): Generator<unknown, GoError | null, unknown> {
    return yield* this.rollbackInternal(false, 'rollback');
  }

  private *rollbackInternal(discardConn: boolean, how: 'rollback' | 'contextRollback'): Generator<unknown, GoError | null, unknown> {
    if (this.done) return ErrTxDone;
    this.done = true;
    this.cancel();
    yield* this.gate.lock();
    this.gate.unlock();
    let err = yield* this.txi.rollback();
    if (!isError(err, ErrBadConn)) yield* this.closePrepared();
    else this.forgetPrepared();
    const shown = err;
    if (discardConn) err = ErrBadConn;
    yield* this.finish(err, how, shown);
    return err;
  }

  private *finish(err: GoError | null, how: 'commit' | 'rollback' | 'contextRollback', shown: GoError | null): Generator<unknown, void, unknown> {
    this.db.resources.delete(this);
    this.db.emit({ kind: 'tx.end', db: this.db.id, conn: this.dc.id, tx: this.id, how, ...(shown ? { error: shown.Error() } : {}) });
    yield* this.releaseConn(err);
  }

  private *closePrepared(): Generator<unknown, void, unknown> {
    for (const s of this.stmts) yield* s.close();
  }

  /**
   * forgetPrepared: on a bad-conn end Go skips closePrepared; the Tx statements die with the discarded
   * conn and can never run again (ErrTxDone), so they stop counting as open resources.
   */
  private forgetPrepared(): void {
    for (const s of this.stmts) s.forget();
  }

  /** execContext is Tx.ExecContext. */
  *execContext(ctx: Context, query: string, args: Value[] = [], site?: Site): Generator<unknown, [Result | null, GoError | null], unknown> {
    const [dc, release, err] = this.grabConn(ctx);
    if (err !== null) return [null, err];
    return yield* execDC(this.db, ctx, dc!, release!, query, args, site);
  }

  /** exec is Tx.Exec. */
  *exec(query: string, args: Value[] = [], site?: Site): Generator<unknown, [Result | null, GoError | null], unknown> {
    return yield* this.execContext(this.db.bg(), query, args, site);
  }

  /** queryContext is Tx.QueryContext: the Rows closes when the Tx ends. */
  *queryContext(ctx: Context, query: string, args: Value[] = [], site?: Site): Generator<unknown, [Rows | null, GoError | null], unknown> {
    const [dc, release, err] = this.grabConn(ctx);
    if (err !== null) return [null, err];
    return yield* queryDC(this.db, ctx, this.ctx, dc!, release!, query, args, site, { tx: this.id });
  }

  /** query is Tx.Query. */
  *query(query: string, args: Value[] = [], site?: Site): Generator<unknown, [Rows | null, GoError | null], unknown> {
    return yield* this.queryContext(this.db.bg(), query, args, site);
  }

  /** queryRowContext is Tx.QueryRowContext. */
  *queryRowContext(ctx: Context, query: string, args: Value[] = [], site?: Site): Generator<unknown, Row, unknown> {
    const [rows, err] = yield* this.queryContext(ctx, query, args, site);
    return new Row(rows, err);
  }

  /** queryRow is Tx.QueryRow. */
  *queryRow(query: string, args: Value[] = [], site?: Site): Generator<unknown, Row, unknown> {
    return yield* this.queryRowContext(this.db.bg(), query, args, site);
  }

  /** prepareContext is Tx.PrepareContext: a Stmt pinned to the Tx conn, closed at Commit/Rollback. */
  *prepareContext(ctx: Context, query: string, site?: Site): Generator<unknown, [Stmt | null, GoError | null], unknown> {
    const [dc, release, err] = this.grabConn(ctx);
    if (err !== null) return [null, err];
    const [stmt, perr] = yield* Stmt.prepareDC(this.db, ctx, dc!, release!, query, site, this);
    if (stmt) this.stmts.push(stmt);
    return [stmt, perr];
  }

  /** stmtContext is Tx.StmtContext: stmt bound to this Tx (errors are deferred to the returned Stmt). */
  *stmtContext(ctx: Context, stmt: Stmt, site?: Site): Generator<unknown, Stmt, unknown> {
    const txs = yield* Stmt.txStmt(this.db, ctx, this, stmt, site);
    this.stmts.push(txs);
    return txs;
  }

  /** stmt is Tx.Stmt. */
  stmt(stmt: Stmt, site?: Site): Generator<unknown, Stmt, unknown> {
    return this.stmtContext(this.db.bg(), stmt, site);
  }

  /** prepare is Tx.Prepare. */
  *prepare(query: string, site?: Site): Generator<unknown, [Stmt | null, GoError | null], unknown> {
    return yield* this.prepareContext(this.db.bg(), query, site);
  }
}
