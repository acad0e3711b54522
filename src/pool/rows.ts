import { canCancel, listenDone, type Context, type DoneListener } from '../sim/context.ts';
import { newError, type GoError } from '../sim/errors.ts';
import type { Site } from '../sim/site.ts';
import type { Nanos } from '../sim/time.ts';
import type { DB, Tracked } from './db.ts';
import type { DriverConn, DriverStmt } from './driver-conn.ts';
import { EOF, type Rows as DriverRows, type Value } from './driver.ts';
import { convertAssign, type ScanDest } from './convert.ts';
import { errRowsClosed, errNoRowsAvailable, errScanWithoutNext, goQuote } from './errors.ts';
import { Gate } from './gate.ts';
import { DONE_FALSE, DONE_NULL, DONE_TRUE, doneWith } from '../sim/done.ts';

/** Release gives a conn back to whoever lent it (the pool, a Tx, or a held Conn). */
export type Release = (err: GoError | null) => Generator<unknown, void, unknown>;

/** RowsOwner tags a Rows with the Tx, held Conn or Stmt it came from (for events). */
export interface RowsOwner {
  tx?: number;
  heldConn?: number;
  stmt?: number;
  query: number;
}

/** CloseBy says who closed a Rows (the rows.close event's `by`). */
type CloseBy = 'code' | 'autoEOF' | 'context' | 'error' | 'txEnd';

/**
 * Rows is sql.Rows: it owns its conn until closed. Next closes it at the end of the result (or on a
 * driver error); a Scan error does not; a cancellable query context (or the Tx context) closes it when
 * that context ends.
 */
export class Rows implements Tracked, DoneListener {
  readonly resourceKind = 'rows' as const;
  resSlot = -1;
  readonly id: number;
  readonly task?: number;
  readonly openedAt: Nanos;
  closed = false;
  hitEOF = false;
  private lasterr: GoError | null = null;
  private lastcols: Value[] | null = null;
  private contextDone: GoError | null = null;
  private readonly gate: Gate;
  /** closeErr is the result of a close that finished without a generator (see closeStart). */
  private closeErr: GoError | null = null;
  /** the watched contexts: listened to (DoneListener), or through onDone closures (unsubs) when they cannot take listeners. */
  private ctx: Context | undefined;
  private txctx: Context | undefined;
  /** listenCtx / listenTx: the contexts this Rows listens to (DoneListener), null once unwatched. */
  private listenCtx: Context | null = null;
  private listenTx: Context | null = null;
  private unsubs: (() => void)[] | null = null;

  constructor(
    readonly db: DB,
    readonly dc: DriverConn,
    private readonly releaseConn: Release,
    private readonly rowsi: DriverRows,
    private readonly closeStmt: DriverStmt | undefined,
    readonly site: Site | undefined,
    owner: RowsOwner | Omit<RowsOwner, 'query'>,
    id: number,
    /** queryId: the query's id when owner is a tag without it (the event gets `...owner, query`, as built only when logging). */
    queryId?: number,
  ) {
    this.id = id;
    this.task = db.world.current()?.id;
    this.openedAt = db.world.now();
    this.gate = new Gate(db.world, 'sync.RWMutex.Lock');
    db.resources.add(this);
    if (db.world.log.active) {
      const tag = queryId === undefined ? (owner as RowsOwner) : { ...owner, query: queryId };
      db.emit({ kind: 'rows.open', db: db.id, conn: dc.id, rows: id, ...tag, site });
    }
  }

  /** connId is the pool conn this Rows holds. */
  connId(): number {
    return this.dc.id;
  }

  /** initContextClose arms the watchers: when ctx (or the Tx ctx) ends, the Rows closes itself. */
  initContextClose(ctx: Context, txctx?: Context): void {
    if (!canCancel(ctx) && (!txctx || !canCancel(txctx))) return;
    this.ctx = ctx;
    if (canCancel(ctx)) {
      if (listenDone(ctx, this)) this.listenCtx = ctx;
      else (this.unsubs ??= []).push(ctx.onDone(() => this.fire(ctx, 'context')));
    }
    if (txctx && canCancel(txctx) && !this.closed) {
      this.txctx = txctx;
      if (listenDone(txctx, this)) this.listenTx = txctx;
      else (this.unsubs ??= []).push(txctx.onDone(() => this.fire(txctx, 'txEnd')));
    }
  }

  /** ctxDone is a watched context ending (Rows listens to the query context and the Tx context). */
  ctxDone(which: Context): void {
    this.fire(which, which === this.ctx ? 'context' : 'txEnd');
  }

  private fire(which: Context, by: 'context' | 'txEnd'): void {
    if (this.closed || this.contextDone) return;
    this.contextDone = which.err();
    const rows = this;
    const ctx = this.ctx!;
    this.db.world.spawn('database/sql.(*Rows).awaitDone', function* () {
      yield* rows.closeWith(ctx.err(), by);
    });
  }

  /**
   * next is Rows.Next: false at the end or on error, closing the Rows (and releasing its conn) then. When the
   * driver has the row already (Rows.nextNow) and the close needs no waiting, no generator is created.
   */
  next(): Generator<unknown, boolean, unknown> {
    if (this.contextDone || this.closed) return DONE_FALSE;
    const rowsi = this.rowsi;
    if (!rowsi.nextNow) return this.nextSlow();
    this.gate.rlock();
    if (!this.lastcols) this.lastcols = new Array<Value>(rowsi.columnCount ? rowsi.columnCount() : rowsi.columns().length).fill(null);
    const e = rowsi.nextNow(this.lastcols);
    if (e === undefined) return this.nextWait();
    return this.nextDone(e);
  }

  /** nextSlow is Rows.Next through the driver's generator next (a driver without nextNow). */
  private *nextSlow(): Generator<unknown, boolean, unknown> {
    this.gate.rlock();
    if (!this.lastcols) this.lastcols = new Array<Value>(this.rowsi.columns().length).fill(null);
    return yield* this.nextWait();
  }

  /** nextWait is Rows.Next after the read hold is taken, when the driver has to wait for the row. */
  private *nextWait(): Generator<unknown, boolean, unknown> {
    const e = yield* this.rowsi.next(this.lastcols!);
    return yield* this.nextDone(e);
  }

  /** nextDone is Rows.Next once the driver answered e: drop the read hold, close at the end or on error. */
  private nextDone(e: GoError | null): Generator<unknown, boolean, unknown> {
    this.lasterr = e;
    let doClose = false;
    let ok = false;
    if (e !== null) {
      if (e !== EOF) doClose = true;
      else doClose = !(this.rowsi.hasNextResultSet?.() ?? false);
    } else ok = true;
    this.gate.runlock();
    if (doClose) {
      const tail = this.closeStart(null, e === EOF ? 'autoEOF' : 'error');
      if (tail !== null) return this.afterAutoClose(tail, ok);
      if (!ok) this.hitEOF = true;
    }
    return ok ? DONE_TRUE : DONE_FALSE;
  }

  private *afterAutoClose(tail: Generator<unknown, GoError | null, unknown>, ok: boolean): Generator<unknown, boolean, unknown> {
    yield* tail;
    if (!ok) this.hitEOF = true;
    return ok;
  }

  /** nextResultSet is Rows.NextResultSet: advance to the next result set, or close the Rows when there is none. */
  *nextResultSet(): Generator<unknown, boolean, unknown> {
    if (this.closed) return false;
    this.lastcols = null;
    if (!this.rowsi.nextResultSet) {
      yield* this.closeWith(null, 'code');
      return false;
    }
    this.gate.rlock();
    this.lasterr = yield* this.rowsi.nextResultSet();
    this.gate.runlock();
    if (this.lasterr !== null) {
      yield* this.closeWith(null, this.lasterr === EOF ? 'autoEOF' : 'error');
      return false;
    }
    return true;
  }

  /** scan is Rows.Scan: converts the current row into dests with convertAssign; errors keep the Rows open. */
  scan(...dests: ScanDest[]): GoError | null {
    if (this.lasterr !== null && this.lasterr !== EOF) return this.lasterr;
    if (this.closed) return this.lasterrOrErr(errRowsClosed);
    if (!this.lastcols) return errScanWithoutNext;
    if (dests.length !== this.lastcols.length) {
      return newError(`sql: expected ${this.lastcols.length} destination arguments in Scan, not ${dests.length}`);
    }
    const cols = this.rowsi.columns();
    for (let i = 0; i < this.lastcols.length; i++) {
      const e = convertAssign(dests[i]!, this.lastcols[i]!);
      if (e) {
        const wrapped: GoError = {
          Error: () => `sql: Scan error on column index ${i}, name ${goQuote(cols[i] ?? '')}: ${e.Error()}`,
          Unwrap: () => e,
        };
        return wrapped;
      }
    }
    return null;
  }

  /** err is Rows.Err: the context error if a context closed the Rows early, else the last driver error (EOF → nil). */
  err(): GoError | null {
    if (!this.hitEOF && this.contextDone) return this.contextDone;
    return this.lasterrOrErr(null);
  }

  /** columns is Rows.Columns. */
  columns(): [string[] | null, GoError | null] {
    if (this.closed) return [null, this.lasterrOrErr(errRowsClosed)];
    if (!this.rowsi) return [null, this.lasterrOrErr(errNoRowsAvailable)];
    return [this.rowsi.columns(), null];
  }

  /** close is Rows.Close: idempotent; waits for a Next in progress; releases the conn. */
  close(): Generator<unknown, GoError | null, unknown> {
    const tail = this.closeStart(null, 'code');
    if (tail !== null) return tail;
    return this.closeErr === null ? DONE_NULL : doneWith(this.closeErr);
  }

  /**
   * closeStart is Rows.close(err) without a generator when nothing has to wait (the gate is free, the driver
   * closes at once, the pool takes the conn back at once): null when done (the result is in closeErr),
   * otherwise the generator that finishes the close, to `yield*` at once.
   */
  private closeStart(err: GoError | null, by: CloseBy): Generator<unknown, GoError | null, unknown> | null {
    const rowsi = this.rowsi;
    if (!rowsi.closeNow || this.closeStmt || this.gate.held) return this.closeWith(err, by);
    this.gate.tryLock();
    if (this.closed) {
      this.gate.unlock();
      this.closeErr = null;
      return null;
    }
    this.closed = true;
    if (this.lasterr === null) this.lasterr = err;
    const e = rowsi.closeNow();
    if (e === undefined) return this.closeDriverWait(by);
    return this.closeFinish(e, by);
  }

  /** closeDriverWait is closeStart's rest when the driver has to read what is left of the result. */
  private *closeDriverWait(by: CloseBy): Generator<unknown, GoError | null, unknown> {
    const e = yield* this.rowsi.close();
    const tail = this.closeFinish(e, by);
    return tail === null ? this.closeErr : yield* tail;
  }

  /** closeFinish is the close after the driver rows closed with e: unwatch, record, release the conn. */
  private closeFinish(e: GoError | null, by: CloseBy): Generator<unknown, GoError | null, unknown> | null {
    this.unwatch();
    this.db.resources.delete(this);
    if (this.db.world.log.active) this.emitClose(by);
    // The pool's own releaser runs its non-blocking part now; a Tx's or held Conn's is a generator.
    const dc = this.dc;
    const rel = this.releaseConn === dc.release ? this.db.putConnStart(dc, e, true) : this.releaseConn(e);
    if (rel !== null) return this.closeAfterRelease(rel, e);
    this.lasterr = this.lasterrOrErr(e);
    this.gate.unlock();
    this.closeErr = e;
    return null;
  }

  private *closeAfterRelease(rel: Generator<unknown, void, unknown>, e: GoError | null): Generator<unknown, GoError | null, unknown> {
    yield* rel;
    this.lasterr = this.lasterrOrErr(e);
    this.gate.unlock();
    return e;
  }

  /** closeWith is Rows.close(err): the shared close path, recording who closed it. */
  *closeWith(err: GoError | null, by: CloseBy): Generator<unknown, GoError | null, unknown> {
    if (!this.gate.tryLock()) yield* this.gate.lock();
    if (this.closed) {
      this.gate.unlock();
      return null;
    }
    this.closed = true;
    if (this.lasterr === null) this.lasterr = err;
    const e = yield* this.rowsi.close();
    this.unwatch();
    this.db.resources.delete(this);
    if (this.db.world.log.active) this.emitClose(by);
    if (this.closeStmt) yield* this.closeStmt.close();
    yield* this.releaseConn(e);
    this.lasterr = this.lasterrOrErr(e);
    this.gate.unlock();
    return e;
  }

  private unwatch(): void {
    const lc = this.listenCtx;
    const lt = this.listenTx;
    this.listenCtx = null;
    this.listenTx = null;
    if (lc) lc.unlisten?.(this);
    if (lt) lt.unlisten?.(this);
    if (this.unsubs) {
      for (const u of this.unsubs) u();
      this.unsubs = null;
    }
  }

  private emitClose(by: CloseBy): void {
    const errText = this.lasterr && this.lasterr !== EOF ? this.lasterr.Error() : undefined;
    this.db.emit({ kind: 'rows.close', db: this.db.id, conn: this.dc.id, rows: this.id, by, ...(errText ? { error: errText } : {}) });
  }

  private lasterrOrErr(err: GoError | null): GoError | null {
    if (this.lasterr !== null && this.lasterr !== EOF) return this.lasterr;
    return err;
  }
}
