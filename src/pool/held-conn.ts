import type { Context } from '../sim/context.ts';
import { isError, type GoError } from '../sim/errors.ts';
import type { Site } from '../sim/site.ts';
import type { Nanos } from '../sim/time.ts';
import { nextObjectId, type DB, type Tracked } from './db.ts';
import type { DriverConn } from './driver-conn.ts';
import { ErrBadConn, type TxOptions, type Value } from './driver.ts';
import { ErrConnDone } from './errors.ts';
import { Gate } from './gate.ts';
import { execDC, pingDC, queryDC, type Result } from './query-dc.ts';
import { Row } from './row.ts';
import type { Release, Rows } from './rows.ts';
import { Stmt, type ConnGrabber } from './stmt.ts';
import { beginDC, type Tx } from './tx.ts';

/**
 * HeldConn is sql.Conn (from DB.Conn): one conn held until Close. Its context was used only to acquire
 * it; nothing watches it afterwards. Close waits for operations and Rows still open on it.
 */
export class HeldConn implements Tracked, ConnGrabber {
  readonly resourceKind = 'heldConn' as const;
  resSlot = -1;
  readonly id: number;
  readonly task?: number;
  readonly openedAt: Nanos;
  done = false;
  private readonly gate: Gate;
  readonly ownerTag: { heldConn: number };

  constructor(
    readonly db: DB,
    private readonly dc: DriverConn,
    readonly site: Site | undefined,
  ) {
    this.id = nextObjectId(db.world);
    this.ownerTag = { heldConn: this.id };
    this.task = db.world.current()?.id;
    this.openedAt = db.world.now();
    this.gate = new Gate(db.world, 'sync.RWMutex.Lock');
    db.resources.add(this);
    db.emit({ kind: 'heldconn.open', db: db.id, conn: dc.id, heldConn: this.id, site });
  }

  /** connId is the conn this Conn holds. */
  connId(): number {
    return this.dc.id;
  }

  /** grabConn is Conn.grabConn: ErrConnDone after Close; ErrBadConn from an operation closes the Conn. */
  grabConn(): [DriverConn | null, Release | null, GoError | null] {
    if (this.done) return [null, null, ErrConnDone];
    this.gate.rlock();
    const self = this;
    return [
      this.dc,
      function* (err) {
        self.gate.runlock();
        if (isError(err, ErrBadConn)) yield* self.closeWith(err);
      },
      null,
    ];
  }

  /** txCtx: a Conn has no context of its own. */
  txCtx(): undefined {
    return undefined;
  }

  /** pingContext is Conn.PingContext. */
  *pingContext(ctx: Context): Generator<unknown, GoError | null, unknown> {
    const [dc, release, err] = this.grabConn();
    if (err !== null) return err;
    return yield* pingDC(this.db, ctx, dc!, release!);
  }

  /** execContext is Conn.ExecContext. */
  *execContext(ctx: Context, query: string, args: Value[] = [], site?: Site): Generator<unknown, [Result | null, GoError | null], unknown> {
    const [dc, release, err] = this.grabConn();
    if (err !== null) return [null, err];
    return yield* execDC(this.db, ctx, dc!, release!, query, args, site);
  }

  /** queryContext is Conn.QueryContext: the Rows keeps the Conn busy (Close waits) until closed. */
  *queryContext(ctx: Context, query: string, args: Value[] = [], site?: Site): Generator<unknown, [Rows | null, GoError | null], unknown> {
    const [dc, release, err] = this.grabConn();
    if (err !== null) return [null, err];
    return yield* queryDC(this.db, ctx, undefined, dc!, release!, query, args, site, { heldConn: this.id });
  }

  /** queryRowContext is Conn.QueryRowContext. */
  *queryRowContext(ctx: Context, query: string, args: Value[] = [], site?: Site): Generator<unknown, Row, unknown> {
    const [rows, err] = yield* this.queryContext(ctx, query, args, site);
    return new Row(rows, err);
  }

  /** prepareContext is Conn.PrepareContext: a Stmt pinned to this conn. */
  *prepareContext(ctx: Context, query: string, site?: Site): Generator<unknown, [Stmt | null, GoError | null], unknown> {
    const [dc, release, err] = this.grabConn();
    if (err !== null) return [null, err];
    return yield* Stmt.prepareDC(this.db, ctx, dc!, release!, query, site, this);
  }

  /** beginTx is Conn.BeginTx: the Tx keeps the Conn busy until it ends. */
  *beginTx(ctx: Context, opts?: Partial<TxOptions>, site?: Site): Generator<unknown, [Tx | null, GoError | null], unknown> {
    const [dc, release, err] = this.grabConn();
    if (err !== null) return [null, err];
    return yield* beginDC(this.db, ctx, dc!, release!, opts, site, this.id);
  }

  /** close is Conn.Close: returns the conn to the pool; ErrConnDone on the second call. */
  *close(): Generator<unknown, GoError | null, unknown> {
    return yield* this.closeWith(null);
  }

  private *closeWith(err: GoError | null): Generator<unknown, GoError | null, unknown> {
    if (this.done) return ErrConnDone;
    this.done = true;
    yield* this.gate.lock();
    this.db.resources.delete(this);
    this.db.emit({ kind: 'heldconn.close', db: this.db.id, conn: this.dc.id, heldConn: this.id });
    yield* this.db.putConn(this.dc, err, true);
    this.gate.unlock();
    return err;
  }
}
