/**
 * FakeDriver is a small in-memory driver in the spirit of Go's fakedb_test.go, used by the pool tests:
 * tables in memory, latencies on the virtual clock, and faults scripted as data (fail a dial, fail a
 * query, return ErrBadConn, break the conn on row N, add latency). It implements every optional
 * interface go-sql-driver/mysql has (QueryerContext, ExecerContext, Pinger, SessionResetter, Validator,
 * ConnBeginTx), so the pool takes the same paths as with mysql. A context that ends during a driver
 * call breaks the conn (as mysql's watcher does) and the call returns the context error.
 */
import type { Context } from '../sim/context.ts';
import { isGoError, newError, type GoError } from '../sim/errors.ts';
import type { Nanos } from '../sim/time.ts';
import type { World } from '../sim/world.ts';
import {
  EOF,
  ErrBadConn,
  ErrSkip,
  type Conn,
  type Connector,
  type Driver,
  type NamedValue,
  type Result,
  type Rows,
  type Stmt,
  type Tx,
  type TxOptions,
  type Value,
} from './driver.ts';

/** FakeOp is an operation a fault can match. */
export type FakeOp = 'dial' | 'query' | 'exec' | 'prepare' | 'ping' | 'begin' | 'commit' | 'rollback' | 'row' | 'reset';

/** FakeFault is one scripted fault: which operation (optionally SQL substring, occurrence), and what happens. */
export interface FakeFault {
  op: FakeOp;
  /** match: only statements containing this text. */
  match?: string;
  /** nth: fire only on this 1-based occurrence of a matching op (default: every occurrence). */
  nth?: number;
  /** row: for op 'row', the 1-based row number whose read fails. */
  row?: number;
  effect:
    | { kind: 'error'; error: GoError | string }
    | { kind: 'badConn' }
    | { kind: 'break' } // the conn breaks: this call fails with `invalid connection`, IsValid() turns false
    | { kind: 'latency'; d: Nanos };
}

/** FakeTable is an in-memory table. */
export interface FakeTable {
  columns: string[];
  rows: Value[][];
}

/** FakeOptions configures a FakeDriver. */
export interface FakeOptions {
  tables?: Record<string, FakeTable>;
  dialLatency?: Nanos;
  queryLatency?: Nanos;
  rowLatency?: Nanos;
  faults?: FakeFault[];
  /** skipWithArgs: Query/Exec with arguments return ErrSkip (mysql with interpolateParams=false). */
  skipWithArgs?: boolean;
  /** syncRows: rows offer Rows.nextNow/closeNow (as the mysql driver does), so the pool takes its no-generator path. */
  syncRows?: boolean;
}

/** ErrInvalidConn is the text the fake driver gives for a broken conn (as go-sql-driver/mysql). */
export const FakeErrInvalidConn: GoError = newError('invalid connection');

/** FakeConnRecord is what the driver remembers about each conn it opened (for assertions). */
export interface FakeConnRecord {
  id: number;
  openedAt: Nanos;
  closedAt?: Nanos;
  broken: boolean;
  statements: { t: Nanos; sql: string }[];
  openStmts: number;
}

/** FakeDriver is the test driver; one instance per test world. */
export class FakeDriver implements Driver {
  readonly conns: FakeConnRecord[] = [];
  dials = 0;
  private readonly counts = new Map<FakeFault, number>();
  readonly faults: FakeFault[];

  constructor(
    readonly world: World,
    readonly opts: FakeOptions = {},
  ) {
    this.faults = [...(opts.faults ?? [])];
  }

  /** openConnections counts driver conns not closed (the "server sessions"). */
  openConnections(): number {
    return this.conns.filter((c) => c.closedAt === undefined && !c.broken).length;
  }

  /** preparedStatements counts open driver statements over all conns (a Prepared_stmt_count). */
  preparedStatements(): number {
    return this.conns.reduce((n, c) => n + (c.closedAt === undefined ? c.openStmts : 0), 0);
  }

  /** breakConn breaks a conn from outside (a server kill / wait_timeout): its next use fails. */
  breakConn(id: number): void {
    const c = this.conns.find((x) => x.id === id);
    if (c) c.broken = true;
  }

  /** fault finds the fault for this operation now (counting occurrences). */
  fault(op: FakeOp, sql = '', row?: number): FakeFault | undefined {
    for (const f of this.faults) {
      if (f.op !== op) continue;
      if (f.match !== undefined && !sql.includes(f.match)) continue;
      if (op === 'row' && f.row !== undefined && f.row !== row) continue;
      const n = (this.counts.get(f) ?? 0) + 1;
      this.counts.set(f, n);
      if (f.nth !== undefined && f.nth !== n) continue;
      this.world.log.emit({ kind: 'fault.fired', rule: this.faults.indexOf(f), op, effect: f.effect.kind, detail: sql || undefined });
      return f;
    }
    return undefined;
  }

  /** sleep waits d on the virtual clock, or until ctx ends (returning its error). */
  *sleep(ctx: Context | undefined, d: Nanos): Generator<unknown, GoError | null, unknown> {
    if (ctx?.isDone()) return ctx.err();
    if (!(d > 0)) return null;
    const w = this.world.wait<GoError | null>('IO wait', { deadline: this.world.now() + d });
    const unsub = ctx ? ctx.onDone(() => void w.wake(ctx.err())) : () => {};
    const r = yield* w.park();
    unsub();
    return r.kind === 'woken' ? r.value : null;
  }

  open(): Generator<unknown, [Conn | null, GoError | null], unknown> {
    return this.connect(undefined);
  }

  /** connector returns a Connector for this driver (what sql.Open builds). */
  connector(): Connector {
    return { driver: () => this, connect: (ctx) => this.connect(ctx) };
  }

  openConnector(): [Connector | null, GoError | null] {
    return [this.connector(), null];
  }

  private *connect(ctx: Context | undefined): Generator<unknown, [Conn | null, GoError | null], unknown> {
    this.dials++;
    const f = this.fault('dial');
    const extra = f?.effect.kind === 'latency' ? f.effect.d : 0;
    const err = yield* this.sleep(ctx, (this.opts.dialLatency ?? 0) + extra);
    if (err) return [null, err];
    if (f && f.effect.kind === 'error') return [null, toErr(f.effect.error)];
    if (f && (f.effect.kind === 'badConn' || f.effect.kind === 'break')) return [null, ErrBadConn];
    const rec: FakeConnRecord = { id: this.conns.length + 1, openedAt: this.world.now(), broken: false, statements: [], openStmts: 0 };
    this.conns.push(rec);
    return [new FakeConn(this, rec), null];
  }
}

function toErr(e: GoError | string): GoError {
  return isGoError(e) ? e : newError(e);
}

class FakeConn implements Conn {
  constructor(
    private readonly d: FakeDriver,
    readonly rec: FakeConnRecord,
  ) {}

  sessionId(): number {
    return this.rec.id;
  }

  /** op runs the common part of a driver call: broken check, fault, latency, context. */
  *op(ctx: Context | undefined, op: FakeOp, sql: string): Generator<unknown, GoError | null, unknown> {
    if (this.rec.broken || this.rec.closedAt !== undefined) return ErrBadConn;
    this.rec.statements.push({ t: this.d.world.now(), sql: sql || op.toUpperCase() });
    const f = this.d.fault(op, sql);
    const extra = f?.effect.kind === 'latency' ? f.effect.d : 0;
    const err = yield* this.d.sleep(ctx, (this.d.opts.queryLatency ?? 0) + extra);
    if (err) {
      this.rec.broken = true; // the watcher closed the socket
      return err;
    }
    if (!f) return null;
    switch (f.effect.kind) {
      case 'error':
        return toErr(f.effect.error);
      case 'badConn':
        this.rec.broken = true;
        return ErrBadConn;
      case 'break':
        this.rec.broken = true;
        return FakeErrInvalidConn;
      default:
        return null;
    }
  }

  *prepare(ctx: Context, query: string): Generator<unknown, [Stmt | null, GoError | null], unknown> {
    const err = yield* this.op(ctx, 'prepare', query);
    if (err) return [null, err];
    this.rec.openStmts++;
    return [new FakeStmt(this, query), null];
  }

  *close(): Generator<unknown, GoError | null, unknown> {
    if (this.rec.closedAt === undefined) this.rec.closedAt = this.d.world.now();
    this.rec.openStmts = 0;
    return null;
  }

  *begin(ctx: Context, _opts: TxOptions): Generator<unknown, [Tx | null, GoError | null], unknown> {
    const err = yield* this.op(ctx, 'begin', 'START TRANSACTION');
    if (err) return [null, err];
    const conn = this;
    return [
      {
        *commit() {
          return yield* conn.op(undefined, 'commit', 'COMMIT');
        },
        *rollback() {
          return yield* conn.op(undefined, 'rollback', 'ROLLBACK');
        },
      },
      null,
    ];
  }

  *query(ctx: Context, query: string, args: NamedValue[]): Generator<unknown, [Rows | null, GoError | null], unknown> {
    if (this.d.opts.skipWithArgs && args.length > 0) return [null, ErrSkip];
    return yield* this.runQuery(ctx, query);
  }

  *runQuery(ctx: Context, query: string): Generator<unknown, [Rows | null, GoError | null], unknown> {
    const err = yield* this.op(ctx, 'query', query);
    if (err) return [null, err];
    const m = /from\s+`?(\w+)`?/i.exec(query);
    const table = m ? this.d.opts.tables?.[m[1]!] : undefined;
    if (m && !table) return [null, newError(`Error 1146 (42S02): Table 'course.${m[1]}' doesn't exist`)];
    const limit = /limit\s+(\d+)/i.exec(query);
    const rows = table ? table.rows.slice(0, limit ? Number(limit[1]) : undefined) : [[1n]];
    return [new FakeRows(this, ctx, query, table ? table.columns : ['1'], rows), null];
  }

  *exec(ctx: Context, query: string, args: NamedValue[]): Generator<unknown, [Result | null, GoError | null], unknown> {
    if (this.d.opts.skipWithArgs && args.length > 0) return [null, ErrSkip];
    return yield* this.runExec(ctx, query);
  }

  *runExec(ctx: Context, query: string): Generator<unknown, [Result | null, GoError | null], unknown> {
    const err = yield* this.op(ctx, 'exec', query);
    if (err) return [null, err];
    return [{ lastInsertId: () => [0n, null], rowsAffected: () => [1n, null] }, null];
  }

  *ping(ctx: Context): Generator<unknown, GoError | null, unknown> {
    return yield* this.op(ctx, 'ping', '');
  }

  *resetSession(): Generator<unknown, GoError | null, unknown> {
    if (this.rec.broken || this.rec.closedAt !== undefined) return ErrBadConn;
    const f = this.d.fault('reset');
    if (f && f.effect.kind !== 'latency') {
      this.rec.broken = true;
      return ErrBadConn;
    }
    return null;
  }

  isValid(): boolean {
    return !this.rec.broken && this.rec.closedAt === undefined;
  }

  /** driver returns the owning driver. */
  get driver(): FakeDriver {
    return this.d;
  }
}

class FakeStmt implements Stmt {
  private closed = false;
  constructor(
    private readonly c: FakeConn,
    private readonly q: string,
  ) {}
  *close(): Generator<unknown, GoError | null, unknown> {
    if (!this.closed) {
      this.closed = true;
      if (this.c.rec.openStmts > 0) this.c.rec.openStmts--;
    }
    return null;
  }
  numInput(): number {
    return (this.q.match(/\?/g) ?? []).length;
  }
  *exec(ctx: Context): Generator<unknown, [Result | null, GoError | null], unknown> {
    return yield* this.c.runExec(ctx, this.q);
  }
  *query(ctx: Context): Generator<unknown, [Rows | null, GoError | null], unknown> {
    return yield* this.c.runQuery(ctx, this.q);
  }
}

class FakeRows implements Rows {
  private i = 0;
  private closed = false;
  /** nextNow / closeNow: present only with FakeOptions.syncRows. */
  nextNow?: (dest: Value[]) => GoError | null | undefined;
  closeNow?: () => GoError | null | undefined;
  constructor(
    private readonly c: FakeConn,
    private readonly ctx: Context,
    private readonly q: string,
    private readonly cols: string[],
    private readonly data: Value[][],
  ) {
    if (c.driver.opts.syncRows) {
      this.nextNow = (dest) => this.nextSync(dest);
      this.closeNow = () => this.closeSync();
    }
  }
  columns(): string[] {
    return this.cols;
  }
  *next(dest: Value[]): Generator<unknown, GoError | null, unknown> {
    if (this.c.rec.broken) return FakeErrInvalidConn;
    if (this.i >= this.data.length) return EOF;
    const d = this.c.driver;
    const f = d.fault('row', this.q, this.i + 1);
    const err = yield* d.sleep(this.ctx, d.opts.rowLatency ?? 0);
    return this.rowAfter(dest, f, err);
  }
  /** nextSync is next when no row latency is configured (nothing to wait for); undefined otherwise. */
  private nextSync(dest: Value[]): GoError | null | undefined {
    if (this.c.rec.broken) return FakeErrInvalidConn;
    if (this.i >= this.data.length) return EOF;
    const d = this.c.driver;
    if ((d.opts.rowLatency ?? 0) > 0) return undefined;
    const f = d.fault('row', this.q, this.i + 1);
    return this.rowAfter(dest, f, this.ctx.isDone() ? this.ctx.err() : null);
  }
  private rowAfter(dest: Value[], f: FakeFault | undefined, err: GoError | null): GoError | null {
    if (err) {
      this.c.rec.broken = true;
      return err;
    }
    if (f && (f.effect.kind === 'break' || f.effect.kind === 'badConn')) {
      this.c.rec.broken = true;
      return FakeErrInvalidConn;
    }
    if (f && f.effect.kind === 'error') return toErr(f.effect.error);
    const row = this.data[this.i++]!;
    for (let k = 0; k < dest.length; k++) dest[k] = row[k] ?? null;
    return null;
  }
  *close(): Generator<unknown, GoError | null, unknown> {
    return this.closeSync();
  }
  private closeSync(): GoError | null {
    if (this.closed) return null;
    this.closed = true;
    if (this.c.rec.broken) return FakeErrInvalidConn;
    return null;
  }
}
