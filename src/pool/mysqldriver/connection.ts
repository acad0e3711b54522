import { canCancel, listenDone, type Context, type DoneListener } from '../../sim/context.ts';
import type { GoError } from '../../sim/errors.ts';
import type { Wait, World } from '../../sim/world.ts';
import type { ClientSocket, Command, Pending, Reply } from '../../mysql/wire.ts';
import {
  ErrBadConn, ErrSkip, ISOLATION_NAMES, type Blocking, type Conn, type NamedValue, type Result, type Rows, type Stmt,
  type Tx, type TxOptions,
} from '../driver.ts';
import type { Config } from './dsn.ts';
import { ErrInvalidConn, NetError, fromServer } from './errors.ts';
import { interpolateParams } from './interpolate.ts';
import { LOG_SITES, type DriverLogger } from './logger.ts';
import { MysqlRows } from './rows.ts';
import { MysqlStmt } from './statement.ts';
import { newError } from '../../sim/errors.ts';

/** MysqlResult is the driver's mysqlResult. */
export class MysqlResult implements Result {
  constructor(private readonly affected: number, private readonly insertId: number) {}
  /** lastInsertId is Result.LastInsertId. */
  lastInsertId(): [bigint, GoError | null] {
    return [BigInt(this.insertId), null];
  }
  /** rowsAffected is Result.RowsAffected. */
  rowsAffected(): [bigint, GoError | null] {
    return [BigInt(this.affected), null];
  }
}

/** MysqlTx is the driver's mysqlTx: COMMIT / ROLLBACK on its conn. */
export class MysqlTx implements Tx {
  constructor(private readonly mc: MysqlConn) {}
  /** commit sends COMMIT. */
  *commit(): Blocking<GoError | null> {
    if (this.mc.closed) return ErrInvalidConn;
    return yield* this.mc.execText('COMMIT');
  }
  /** rollback sends ROLLBACK. */
  *rollback(): Blocking<GoError | null> {
    if (this.mc.closed) return ErrInvalidConn;
    return yield* this.mc.execText('ROLLBACK');
  }
}

/** MysqlConn is go-sql-driver/mysql's mysqlConn on a simulated socket, with its context watcher. */
export class MysqlConn implements Conn, DoneListener {
  closed = false;
  /** canceled is the context error the watcher recorded when it closed the conn. */
  canceled: GoError | null = null;
  /** busy: a result set is still being read (IsValid is false meanwhile). */
  busy = false;
  /** watchingCtx: the context the watcher listens to (DoneListener); watchingUnsub: its onDone fallback. */
  private watchingCtx: Context | null = null;
  private watchingUnsub: (() => void) | null = null;
  /** reading: the parked read's wait and what it waits on (set between startRead and endRead). */
  private readWait: Wait<'reply' | 'cancel'> | null = null;
  private readFrom: Pending<unknown> | null = null;
  /** queryPending: the reply a queryBegin parked on (until queryEnd). */
  private queryPending: Pending<Reply> | null = null;

  constructor(
    readonly world: World,
    readonly socket: ClientSocket,
    readonly cfg: Config,
    readonly logger: DriverLogger,
  ) {}

  /** sessionId is the server's connection id. */
  sessionId(): number {
    return this.socket.sessionId;
  }

  // ---- plumbing ----------------------------------------------------------------------------------

  /** cleanup closes the socket without COM_QUIT (idempotent). */
  cleanup(): void {
    if (this.closed) return;
    this.closed = true;
    this.stopWatching();
    this.socket.abort();
  }

  /** error is mc.error(): the recorded ctx error or ErrInvalidConn once closed. */
  error(): GoError | null {
    if (!this.closed) return null;
    return this.canceled ?? ErrInvalidConn;
  }

  /** watchCancel arms the watcher on ctx: if ctx ends mid-operation, the socket is closed at once. */
  watchCancel(ctx: Context): GoError | null {
    if (this.watchingCtx || this.watchingUnsub) {
      this.cleanup();
      return null;
    }
    const err = ctx.err();
    if (err) return err;
    if (!canCancel(ctx)) return null;
    if (listenDone(ctx, this)) this.watchingCtx = ctx;
    else this.watchingUnsub = ctx.onDone(() => this.ctxDone(ctx));
    return null;
  }

  /** ctxDone is the watcher firing: the watched context ended mid-operation, so the conn closes. */
  ctxDone(ctx: Context): void {
    this.watchingCtx = null;
    this.watchingUnsub = null;
    this.canceled = ctx.err();
    this.cleanup();
    this.readWait?.wake('cancel');
  }

  /** finish disarms the watcher after a successful operation (or when its Rows closes). */
  finish(): void {
    this.stopWatching();
  }

  private stopWatching(): void {
    const c = this.watchingCtx;
    const u = this.watchingUnsub;
    this.watchingCtx = null;
    this.watchingUnsub = null;
    if (c) c.unlisten?.(this);
    else u?.();
  }

  /** awaitPending reads what the server sends next, honouring readTimeout and the watcher. */
  *awaitPending<T>(p: Pending<T>): Blocking<[T | null, GoError | null]> {
    if (!p.ready) {
      const w = this.startRead(p);
      const token = w.parkNow();
      if (token !== null) yield token;
      const err = this.endRead(w);
      if (err) return [null, err];
    }
    if (this.closed) return [null, this.canceled ?? ErrInvalidConn];
    return [p.value, null];
  }

  /** startRead blocks the next park on p's arrival, readTimeout and the watcher's cancel. */
  private startRead(p: Pending<unknown>): Wait<'reply' | 'cancel'> {
    const w = this.cfg.readTimeout > 0
      ? this.world.wait<'reply' | 'cancel'>('IO wait', { deadline: this.world.now() + this.cfg.readTimeout })
      : this.world.wait<'reply' | 'cancel'>('IO wait');
    p.wakeOnReady(w);
    this.readFrom = p;
    this.readWait = w;
    return w;
  }

  /** endRead undoes startRead once the park ended: the read's error, or null when the reply is there. */
  private endRead(w: Wait<'reply' | 'cancel'>): GoError | null {
    this.readFrom!.dropWaker(w);
    this.readFrom = null;
    this.readWait = null;
    if (w.timedOut) {
      this.cleanup();
      this.logger.print(LOG_SITES.readHeader, `read tcp ${this.socket.localAddr}->${this.socket.remoteAddr}: i/o timeout`);
      return ErrInvalidConn;
    }
    if (w.wokenValue === 'cancel') return this.canceled ?? ErrInvalidConn;
    return null;
  }

  /** roundTrip writes a command and reads its reply; read errors close the conn as the driver does. */
  *roundTrip(cmd: Command): Blocking<[Reply | null, GoError | null]> {
    const p = this.socket.send(cmd);
    if (!p.ready) {
      // awaitPending written out (one generator level less per command).
      const w = this.startRead(p);
      const token = w.parkNow();
      if (token !== null) yield token;
      const err = this.endRead(w);
      if (err) return [null, err];
    }
    if (this.closed) return [null, this.canceled ?? ErrInvalidConn];
    const reply = p.value;
    if (reply.kind === 'eof') {
      this.cleanup();
      this.logger.print(LOG_SITES.readHeader, 'unexpected EOF');
      return [null, ErrInvalidConn];
    }
    if (reply.kind === 'error' && this.socket.peerClosed) {
      // An error packet the server wrote before closing (4031): returned, and the conn is closed.
      this.cleanup();
    }
    return [reply, null];
  }

  /** execText runs a statement with no arguments over COM_QUERY and returns only its error. */
  *execText(sql: string): Blocking<GoError | null> {
    const [reply, err] = yield* this.roundTrip({ kind: 'query', sql });
    if (err) return err;
    return reply!.kind === 'error' ? fromServer(reply!.error) : null;
  }

  private argsOrSkip(query: string, args: NamedValue[]): [string | null, GoError | null] {
    if (args.length === 0) return [query, null];
    if (!this.cfg.interpolateParams) return [null, ErrSkip];
    const q = interpolateParams(query, args.map((a) => a.value), this.cfg.maxAllowedPacket);
    return q === null ? [null, ErrSkip] : [q, null];
  }

  /** sendQuery sends COM_QUERY: null with the reply's Pending in queryPending, or why nothing was sent (ErrSkip included). */
  private sendQuery(ctx: Context, query: string, args: NamedValue[]): GoError | null {
    if (this.closed) return ErrBadConn;
    let text = query;
    if (args.length > 0) {
      const [t, skip] = this.argsOrSkip(query, args);
      if (skip) return skip;
      text = t!;
    }
    const werr = this.watchCancel(ctx);
    if (werr) return werr;
    this.queryPending = this.socket.send({ kind: 'query', sql: text });
    return null;
  }

  /** endParkedRead ends a parked COM_QUERY read: null when its reply is in queryPending, else the read's error (the conn is finished). */
  private endParkedRead(): GoError | null {
    const err = this.endRead(this.readWait!);
    if (err) {
      this.queryPending = null;
      this.finish();
    }
    return err;
  }

  // ---- driver.Conn -------------------------------------------------------------------------------

  /** query is QueryerContext: COM_QUERY; with args and interpolateParams=false it returns ErrSkip (hidden prepare). */
  *query(ctx: Context, query: string, args: NamedValue[]): Blocking<[Rows | null, GoError | null]> {
    const r = this.queryBegin(ctx, query, args);
    if (Array.isArray(r)) return r;
    const token = r.parkNow();
    if (token !== null) yield token;
    return this.queryEnd();
  }

  /** queryBegin is query up to its park: the result, or the read's Wait to park on before queryEnd (driver.Conn). */
  queryBegin(ctx: Context, query: string, args: NamedValue[]): [Rows | null, GoError | null] | Wait<'reply' | 'cancel'> {
    const err = this.sendQuery(ctx, query, args);
    if (err) return [null, err];
    const p = this.queryPending!;
    if (!p.ready) return this.startRead(p);
    this.queryPending = null;
    return this.queryReply(p);
  }

  /** queryEnd finishes queryBegin after its park: roundTrip's and query's tails. */
  queryEnd(): [Rows | null, GoError | null] {
    const err = this.endParkedRead();
    if (err) return [null, err];
    const p = this.queryPending!;
    this.queryPending = null;
    return this.queryReply(p);
  }

  /** queryReply is the part of roundTrip and query after the reply arrived (no park). */
  private queryReply(p: Pending<Reply>): [Rows | null, GoError | null] {
    if (this.closed) {
      this.finish();
      return [null, this.canceled ?? ErrInvalidConn];
    }
    const reply = p.value;
    if (reply.kind === 'eof') {
      this.cleanup();
      this.logger.print(LOG_SITES.readHeader, 'unexpected EOF');
      this.finish();
      return [null, ErrInvalidConn];
    }
    if (reply.kind === 'error') {
      // An error packet the server wrote before closing (4031): returned, and the conn is closed.
      if (this.socket.peerClosed) this.cleanup();
      this.finish();
      return [null, fromServer(reply.error)];
    }
    return [new MysqlRows(this, reply, false), null];
  }

  /** exec is ExecerContext over COM_QUERY. */
  *exec(ctx: Context, query: string, args: NamedValue[]): Blocking<[Result | null, GoError | null]> {
    const r = this.execBegin(ctx, query, args);
    if (Array.isArray(r)) return r;
    const token = r.parkNow();
    if (token !== null) yield token;
    return this.execEnd();
  }

  /** execBegin is exec up to its park: the result, or the read's Wait to park on before execEnd (driver.Conn). */
  execBegin(ctx: Context, query: string, args: NamedValue[]): [Result | null, GoError | null] | Wait<'reply' | 'cancel'> {
    const err = this.sendQuery(ctx, query, args);
    if (err) return [null, err];
    const p = this.queryPending!;
    if (!p.ready) return this.startRead(p);
    this.queryPending = null;
    return this.execReply(p);
  }

  /** execEnd finishes execBegin after its park. */
  execEnd(): [Result | null, GoError | null] {
    const err = this.endParkedRead();
    if (err) return [null, err];
    const p = this.queryPending!;
    this.queryPending = null;
    return this.execReply(p);
  }

  /** execReply is the part of roundTrip and exec after the reply arrived (no park). */
  private execReply(p: Pending<Reply>): [Result | null, GoError | null] {
    let err: GoError | null = null;
    const reply = p.value;
    if (this.closed) err = this.canceled ?? ErrInvalidConn;
    else if (reply.kind === 'eof') {
      this.cleanup();
      this.logger.print(LOG_SITES.readHeader, 'unexpected EOF');
      err = ErrInvalidConn;
    } else if (reply.kind === 'error' && this.socket.peerClosed) {
      // An error packet the server wrote before closing (4031): returned, and the conn is closed.
      this.cleanup();
    }
    this.finish();
    if (err) return [null, err];
    return resultOf(reply);
  }

  /** prepare is ConnPrepareContext: COM_STMT_PREPARE. */
  *prepare(ctx: Context, query: string): Blocking<[Stmt | null, GoError | null]> {
    if (this.closed) return [null, ErrBadConn];
    const werr = this.watchCancel(ctx);
    if (werr) return [null, werr];
    const [reply, err] = yield* this.roundTrip({ kind: 'prepare', sql: query });
    this.finish();
    if (err) return [null, err];
    if (reply!.kind === 'error') return [null, fromServer(reply!.error)];
    if (reply!.kind !== 'prepared') return [null, ErrInvalidConn];
    return [new MysqlStmt(this, reply!.stmtId, reply!.params), null];
  }

  /** begin is ConnBeginTx: optional SET TRANSACTION ISOLATION LEVEL, then START TRANSACTION [READ ONLY]. */
  *begin(ctx: Context, opts: TxOptions): Blocking<[Tx | null, GoError | null]> {
    if (this.closed) return [null, ErrBadConn];
    const werr = this.watchCancel(ctx);
    if (werr) return [null, werr];
    try {
      if (opts.isolation !== 0) {
        const level = ({ 1: 'READ UNCOMMITTED', 2: 'READ COMMITTED', 4: 'REPEATABLE READ', 6: 'SERIALIZABLE' } as Record<number, string>)[opts.isolation];
        if (!level) return [null, newError(`mysql: unsupported isolation level: ${ISOLATION_NAMES[opts.isolation]}`)];
        const e = yield* this.execText(`SET TRANSACTION ISOLATION LEVEL ${level}`);
        if (e) return [null, e];
      }
      const e = yield* this.execText(opts.readOnly ? 'START TRANSACTION READ ONLY' : 'START TRANSACTION');
      if (e) return [null, e];
      return [new MysqlTx(this), null];
    } finally {
      this.finish();
    }
  }

  /** ping is Pinger: COM_PING. */
  *ping(ctx: Context): Blocking<GoError | null> {
    if (this.closed) return ErrBadConn;
    const werr = this.watchCancel(ctx);
    if (werr) return werr;
    const [reply, err] = yield* this.roundTrip({ kind: 'ping' });
    this.finish();
    if (err) return err;
    return reply!.kind === 'error' ? fromServer(reply!.error) : null;
  }

  /** resetSession is SessionResetter: with checkConnLiveness, a non-blocking read finds a stale conn. */
  *resetSession(ctx: Context): Blocking<GoError | null> {
    return this.resetSessionNow(ctx);
  }

  /** resetSessionNow is resetSession without a generator (it never blocks: the pool's fast path calls it). */
  resetSessionNow(_ctx: Context): GoError | null {
    if (this.closed || this.busy) return ErrBadConn;
    if (this.cfg.checkConnLiveness) {
      const err = this.socket.check();
      if (err) {
        this.logger.print(LOG_SITES.resetSession, `closing bad idle connection: ${err}`);
        return ErrBadConn;
      }
    }
    return null;
  }

  /** isValid is Validator: open and no unread result. */
  isValid(): boolean {
    return !this.closed && !this.busy;
  }

  /** close sends COM_QUIT and closes the socket. */
  *close(): Blocking<GoError | null> {
    if (!this.closed) {
      this.closed = true;
      this.stopWatching();
      this.socket.quit();
    }
    return null;
  }
}

/** resultOf turns an exec reply into a driver Result or error. */
export function resultOf(reply: Reply): [Result | null, GoError | null] {
  if (reply.kind === 'error') return [null, fromServer(reply.error)];
  if (reply.kind === 'ok') return [new MysqlResult(reply.affectedRows, reply.lastInsertId), null];
  return [new MysqlResult(0, 0), null];
}

/** dialRefused is the error of a dial to an address where no server listens. */
export function dialRefused(addr: string): GoError {
  return new NetError(`dial tcp ${addr}: connect: connection refused`);
}
