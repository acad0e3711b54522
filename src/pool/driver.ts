/**
 * The driver interfaces the pool sees, modelled on Go's database/sql/driver. The pool never imports a
 * concrete driver; the fake driver (tests) and the go-sql-driver/mysql model implement these.
 *
 * Blocking driver calls are generator functions on the sim: the pool calls them with `yield*` from inside
 * a task, and they take virtual time (dial latency, query latency, ...). Results are Go-style tuples:
 * `[value, err]` with `err: GoError | null`; a driver never throws for anything the real stack reports as
 * an error.
 *
 * driver.Value decision: int64 is a `bigint` (always, so it can never be confused with float64), float64
 * is a `number`, bool is `boolean`, []byte is a `Uint8Array`, string is `string`, time.Time is a
 * `TimeValue`, and nil is `null`. go-sql-driver/mysql returns text-protocol columns as []byte and
 * binary-protocol integers as int64, exactly as the real driver does; the pool's Scan converts.
 */
import { newError, type GoError } from '../sim/errors.ts';
import type { Context } from '../sim/context.ts';
import type { Wait } from '../sim/world.ts';

/** Blocking is a driver call that may take virtual time: call it with `yield*` inside a sim task. */
export type Blocking<T> = Generator<unknown, T, unknown>;

/** TimeValue is a time.Time driver value: wall-clock nanoseconds since the Unix epoch (UTC). */
export interface TimeValue {
  readonly kind: 'time';
  readonly unixNanos: bigint;
}

/** Uint64Value is a uint64 driver value (the mysql driver's UNSIGNED BIGINT columns). */
export interface Uint64Value { readonly kind: 'uint64'; readonly value: bigint }
/** Float32Value is a float32 driver value (the mysql driver's FLOAT columns). */
export interface Float32Value { readonly kind: 'float32'; readonly value: number }

/** Value is driver.Value: nil, int64, float64, bool, []byte, string or time.Time (and the mysql driver's uint64, float32). */
export type Value = null | bigint | number | boolean | Uint8Array | string | TimeValue | Uint64Value | Float32Value;

/** NamedValue is driver.NamedValue: an argument with its 1-based position. */
export interface NamedValue {
  ordinal: number;
  name?: string;
  value: Value;
}

/** IsolationLevel is sql.IsolationLevel (0 = driver default). */
export type IsolationLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** ISOLATION_NAMES are IsolationLevel.String() texts, by level. */
export const ISOLATION_NAMES = [
  'Default',
  'Read Uncommitted',
  'Read Committed',
  'Write Committed',
  'Repeatable Read',
  'Snapshot',
  'Serializable',
  'Linearizable',
] as const;

/** TxOptions is driver.TxOptions. */
export interface TxOptions {
  isolation: IsolationLevel;
  readOnly: boolean;
}

/** ErrBadConn is driver.ErrBadConn: the conn is unusable and the operation is safe to retry on another. */
export const ErrBadConn: GoError = newError('driver: bad connection');

/** ErrSkip is driver.ErrSkip: a fast path is not available, fall back (e.g. Query with args → prepare). */
export const ErrSkip: GoError = newError('driver: skip fast-path; continue as if unimplemented');

/** EOF is io.EOF, which Rows.next returns after the last row. */
export const EOF: GoError = newError('EOF');

/** Driver is driver.Driver: open a conn from a DSN (used when the driver has no DriverContext). */
export interface Driver {
  open(name: string): Blocking<[Conn | null, GoError | null]>;
  /** openConnector is driver.DriverContext: parse the DSN once (sql.Open fails here on a bad DSN). */
  openConnector?(name: string): [Connector | null, GoError | null];
}

/** Connector is driver.Connector: dials a conn, honouring ctx. */
export interface Connector {
  connect(ctx: Context): Blocking<[Conn | null, GoError | null]>;
  driver(): Driver;
  /** close is io.Closer, called by DB.Close when implemented (the mysql connector does not). */
  close?(): GoError | null;
}

/** Conn is driver.Conn plus the optional interfaces, as optional methods. */
export interface Conn {
  /** prepare is ConnPrepareContext (driver.Conn.Prepare when ctx is ignored). */
  prepare(ctx: Context, query: string): Blocking<[Stmt | null, GoError | null]>;
  /** close closes the driver conn (mysql: COM_QUIT and the socket). */
  close(): Blocking<GoError | null>;
  /** begin is ConnBeginTx. */
  begin(ctx: Context, opts: TxOptions): Blocking<[Tx | null, GoError | null]>;
  /** query is QueryerContext; it may return ErrSkip to make the pool prepare instead. */
  query?(ctx: Context, query: string, args: NamedValue[]): Blocking<[Rows | null, GoError | null]>;
  /**
   * queryBegin is query split at its one park, for the pool's hot path (no generator frames): it returns the
   * result, or a Wait the caller parks on (`const t = w.parkNow(); if (t !== null) yield t;`) and then calls
   * queryEnd for the result. Same steps, results and errors (ErrSkip included) as query. Optional, with queryEnd.
   */
  queryBegin?(ctx: Context, query: string, args: NamedValue[]): [Rows | null, GoError | null] | Wait<unknown>;
  /** queryEnd finishes a queryBegin that returned a Wait, once that wait has ended. */
  queryEnd?(): [Rows | null, GoError | null];
  /** exec is ExecerContext; it may return ErrSkip to make the pool prepare instead. */
  exec?(ctx: Context, query: string, args: NamedValue[]): Blocking<[Result | null, GoError | null]>;
  /** execBegin / execEnd are exec split at its one park, as queryBegin / queryEnd are for query. Optional, together. */
  execBegin?(ctx: Context, query: string, args: NamedValue[]): [Result | null, GoError | null] | Wait<unknown>;
  /** execEnd finishes an execBegin that returned a Wait, once that wait has ended. */
  execEnd?(): [Result | null, GoError | null];
  /** ping is Pinger. */
  ping?(ctx: Context): Blocking<GoError | null>;
  /** resetSession is SessionResetter: called before a previously-returned conn is reused. */
  resetSession?(ctx: Context): Blocking<GoError | null>;
  /** resetSessionNow is resetSession for a driver whose reset never blocks: the pool calls it without a generator. */
  resetSessionNow?(ctx: Context): GoError | null;
  /** isValid is Validator: false means the pool must discard the conn on release. */
  isValid?(): boolean;
  /** sessionId is the server's connection id when known (for events); not a Go interface. */
  sessionId?(): number | undefined;
}

/** Stmt is driver.Stmt with StmtExecContext / StmtQueryContext. */
export interface Stmt {
  close(): Blocking<GoError | null>;
  /** numInput is the number of placeholders, or -1 if the driver does not know. */
  numInput(): number;
  exec(ctx: Context, args: NamedValue[]): Blocking<[Result | null, GoError | null]>;
  query(ctx: Context, args: NamedValue[]): Blocking<[Rows | null, GoError | null]>;
}

/** Rows is driver.Rows (with RowsNextResultSet as optional methods). */
export interface Rows {
  columns(): string[];
  /** columnCount is columns().length without building the names (optional; hot path of Rows.Next). */
  columnCount?(): number;
  /** next fills dest (length = columns().length) with the next row, or returns EOF at the end. */
  next(dest: Value[]): Blocking<GoError | null>;
  /**
   * nextNow is next without a generator, for a row that needs no waiting (buffered): it returns what next
   * would, or undefined, having done nothing, when next would block (the pool then calls next). Optional.
   */
  nextNow?(dest: Value[]): GoError | null | undefined;
  /** close discards what is left (mysql reads and drops the remaining rows). */
  close(): Blocking<GoError | null>;
  /** closeNow is close without a generator: what close returns, or undefined, having done nothing, when close would block. Optional. */
  closeNow?(): GoError | null | undefined;
  hasNextResultSet?(): boolean;
  nextResultSet?(): Blocking<GoError | null>;
  /** columnTypeDatabaseTypeName is RowsColumnTypeDatabaseTypeName. */
  columnTypeDatabaseTypeName?(index: number): string;
}

/** Tx is driver.Tx. */
export interface Tx {
  commit(): Blocking<GoError | null>;
  rollback(): Blocking<GoError | null>;
}

/** Result is driver.Result (int64 values as bigint). */
export interface Result {
  lastInsertId(): [bigint, GoError | null];
  rowsAffected(): [bigint, GoError | null];
}

/** timeValue builds a TimeValue from Unix nanoseconds. */
export function timeValue(unixNanos: bigint): TimeValue {
  return { kind: 'time', unixNanos };
}

/** isTimeValue reports whether a driver value is a time.Time. */
export function isTimeValue(v: unknown): v is TimeValue {
  return typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'time' && !(v instanceof Uint8Array);
}
