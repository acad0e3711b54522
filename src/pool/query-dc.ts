import type { Context } from '../sim/context.ts';
import { newError, type GoError } from '../sim/errors.ts';
import type { Site } from '../sim/site.ts';
import type { Wait } from '../sim/world.ts';
import { nextObjectId, type DB } from './db.ts';
import { DriverStmt, type DriverConn } from './driver-conn.ts';
import { ErrSkip, type NamedValue, type Result as DriverResult, type Rows as DriverRows, type Value } from './driver.ts';
import { Rows, type Release, type RowsOwner } from './rows.ts';

/** Result is sql.Result (the driver's result: LastInsertId and RowsAffected as [bigint, err]). */
export type Result = DriverResult;

/** namedValues turns positional arguments into driver.NamedValue. */
export function namedValues(args: Value[]): NamedValue[] {
  return args.map((value, i) => ({ ordinal: i + 1, value }));
}

/** checkNumInput is the argument-count check of rowsiFromStatement / resultFromStatement. */
export function checkNumInput(ds: DriverStmt, n: number): GoError | null {
  const want = ds.si.numInput();
  if (want >= 0 && want !== n) return newError(`sql: expected ${want} arguments, got ${n}`);
  return null;
}

/** QueryDone is a query's result, or a generator that finishes it (`Array.isArray(d) ? d : yield* d`). */
export type QueryDone = [Rows | null, GoError | null] | Generator<unknown, [Rows | null, GoError | null], unknown>;

/** QueryStep is a query's next step: done (see QueryDone), or a QueryFlight to park on. */
export type QueryStep = QueryDone | QueryFlight;

/**
 * QueryFlight is a DB-level query parked in the driver (Conn.queryBegin returned a Wait): park on `wait`, then
 * `end()` gives the next step. One small object instead of the generator frames of queryDC → Conn.query →
 * roundTrip on the hot path.
 */
export class QueryFlight {
  constructor(
    readonly wait: Wait<unknown>,
    private readonly db: DB,
    private readonly ctx: Context,
    private readonly txctx: Context | undefined,
    private readonly dc: DriverConn,
    private readonly release: Release,
    private readonly query: string,
    private readonly nv: NamedValue[],
    private readonly qid: number,
    private readonly site: Site | undefined,
    private readonly owner: Omit<RowsOwner, 'query'>,
    private readonly logging: boolean,
  ) {}

  /** end is the step after the park: the driver's answer, turned into Rows or a released conn. */
  end(): QueryDone {
    const r = this.dc.ci.queryEnd!();
    return queryDCAnswer(this.db, this.ctx, this.txctx, this.dc, this.release, this.query, this.nv, this.qid, this.site, this.owner, this.logging, r);
  }
}

/** parkFlight parks on a QueryFlight and returns its next step (the one park of a hot-path query). */
export function* parkFlight(f: QueryFlight): Generator<unknown, QueryDone, unknown> {
  const token = f.wait.parkNow();
  if (token !== null) yield token;
  return f.end();
}

/**
 * queryDCBegin is queryDC without generators as far as it can go: the same steps and events, returning the
 * result, the rest as a generator, or a QueryFlight when the driver parks (Conn.queryBegin).
 */
export function queryDCBegin(
  db: DB,
  ctx: Context,
  txctx: Context | undefined,
  dc: DriverConn,
  release: Release,
  query: string,
  args: Value[],
  site: Site | undefined,
  owner: Omit<RowsOwner, 'query'>,
): QueryStep {
  const nv = args.length === 0 ? NO_ARGS : namedValues(args);
  const qid = nextObjectId(db.world);
  const logging = db.world.log.active;
  if (logging) db.emit({ kind: 'query.start', db: db.id, conn: dc.id, op: 'query', query: qid, sql: query, args: args.length, site });
  const ci = dc.ci;
  if (!ci.queryBegin) return queryDCRest(db, ctx, txctx, dc, release, query, nv, qid, site, owner, logging);
  const r = ci.queryBegin(ctx, query, nv);
  if (!Array.isArray(r)) return new QueryFlight(r, db, ctx, txctx, dc, release, query, nv, qid, site, owner, logging);
  return queryDCAnswer(db, ctx, txctx, dc, release, query, nv, qid, site, owner, logging, r);
}

/** NO_ARGS is the named values of a call without arguments (shared, never changed). */
export const NO_ARGS: NamedValue[] = [];
/** NO_OWNER tags a Rows of DB.Query (copied into each Rows' tag, never changed). */
export const NO_OWNER: Omit<RowsOwner, 'query'> = {};

/** queryDCAnswer is queryDC after ci.query answered (ErrSkip goes on to the hidden prepare). */
export function queryDCAnswer(
  db: DB,
  ctx: Context,
  txctx: Context | undefined,
  dc: DriverConn,
  release: Release,
  query: string,
  nv: NamedValue[],
  qid: number,
  site: Site | undefined,
  owner: Omit<RowsOwner, 'query'>,
  logging: boolean,
  r: [DriverRows | null, GoError | null],
): QueryDone {
  const rowsi = r[0];
  const err = r[1];
  if (err === ErrSkip) return queryDCPrepared(db, ctx, txctx, dc, release, query, nv, qid, site, owner);
  if (logging) db.emit({ kind: 'query.end', db: db.id, conn: dc.id, query: qid, ...(err ? { error: err.Error() } : {}) });
  if (err !== null || !rowsi) return releaseWith(release, err);
  const rows = new Rows(db, dc, release, rowsi, undefined, site, owner, nextObjectId(db.world), qid);
  rows.initContextClose(ctx, txctx);
  return [rows, null];
}

function* releaseWith(release: Release, err: GoError | null): Generator<unknown, [Rows | null, GoError | null], unknown> {
  yield* release(err);
  return [null, err];
}

/** queryDC is DB.queryDC: run a query on dc; on success the returned Rows owns dc (released on close). */
export function* queryDC(
  db: DB,
  ctx: Context,
  txctx: Context | undefined,
  dc: DriverConn,
  release: Release,
  query: string,
  args: Value[],
  site: Site | undefined,
  owner: Omit<RowsOwner, 'query'> = NO_OWNER,
): Generator<unknown, [Rows | null, GoError | null], unknown> {
  const step = queryDCBegin(db, ctx, txctx, dc, release, query, args, site, owner);
  const done = step instanceof QueryFlight ? yield* parkFlight(step) : step;
  return Array.isArray(done) ? done : yield* done;
}

/** queryDCRest is queryDC for a driver without queryBegin: Conn.query, then the hidden prepare on ErrSkip. */
export function* queryDCRest(
  db: DB,
  ctx: Context,
  txctx: Context | undefined,
  dc: DriverConn,
  release: Release,
  query: string,
  nv: NamedValue[],
  qid: number,
  site: Site | undefined,
  owner: Omit<RowsOwner, 'query'>,
  logging: boolean,
): Generator<unknown, [Rows | null, GoError | null], unknown> {
  const ci = dc.ci;
  if (ci.query) {
    const r = yield* ci.query(ctx, query, nv);
    if (r[1] !== ErrSkip) {
      const step = queryDCAnswer(db, ctx, txctx, dc, release, query, nv, qid, site, owner, logging, r);
      return Array.isArray(step) ? step : yield* step;
    }
  }
  return yield* queryDCPrepared(db, ctx, txctx, dc, release, query, nv, qid, site, owner);
}

/** queryDCPrepared is queryDC's hidden prepare (the driver has no Queryer, or it returned ErrSkip). */
function* queryDCPrepared(
  db: DB,
  ctx: Context,
  txctx: Context | undefined,
  dc: DriverConn,
  release: Release,
  query: string,
  nv: NamedValue[],
  qid: number,
  site: Site | undefined,
  owner: Omit<RowsOwner, 'query'>,
): Generator<unknown, [Rows | null, GoError | null], unknown> {
  const ci = dc.ci;
  const [si, perr] = yield* ci.prepare(ctx, query);
  if (perr !== null || !si) {
    db.emit({ kind: 'query.end', db: db.id, conn: dc.id, query: qid, error: perr?.Error() ?? 'nil stmt' });
    yield* release(perr);
    return [null, perr];
  }
  const ds = new DriverStmt(dc, si);
  let rowsi: DriverRows | null = null;
  let err = checkNumInput(ds, nv.length);
  if (err === null) [rowsi, err] = yield* si.query(ctx, nv);
  db.emit({ kind: 'query.end', db: db.id, conn: dc.id, query: qid, ...(err ? { error: err.Error() } : {}) });
  if (err !== null || !rowsi) {
    yield* ds.close();
    yield* release(err);
    return [null, err];
  }
  const rows = new Rows(db, dc, release, rowsi, ds, site, { ...owner, query: qid }, nextObjectId(db.world));
  rows.initContextClose(ctx, txctx);
  return [rows, null];
}

/** execDC is DB.execDC: run a statement on dc and release dc with the result's error. */
export function* execDC(
  db: DB,
  ctx: Context,
  dc: DriverConn,
  release: Release,
  query: string,
  args: Value[],
  site: Site | undefined,
): Generator<unknown, [Result | null, GoError | null], unknown> {
  const nv = namedValues(args);
  const qid = nextObjectId(db.world);
  db.emit({ kind: 'query.start', db: db.id, conn: dc.id, op: 'exec', query: qid, sql: query, args: args.length, site });
  return yield* execDCRun(db, ctx, dc, release, query, nv, qid);
}

/** execDCRun is execDC after its query.start event: the driver's exec, parked right here when it parks. */
export function* execDCRun(
  db: DB,
  ctx: Context,
  dc: DriverConn,
  release: Release,
  query: string,
  nv: NamedValue[],
  qid: number,
): Generator<unknown, [Result | null, GoError | null], unknown> {
  let res: Result | null = null;
  let err: GoError | null = null;
  const ci = dc.ci;
  let done = false;
  if (ci.execBegin) {
    // The driver parks right here (no Conn.exec / roundTrip frames).
    let r = ci.execBegin(ctx, query, nv);
    if (!Array.isArray(r)) {
      const token = r.parkNow();
      if (token !== null) yield token;
      r = ci.execEnd!();
    }
    res = r[0];
    err = r[1];
    done = err !== ErrSkip;
  } else if (ci.exec) {
    [res, err] = yield* ci.exec(ctx, query, nv);
    done = err !== ErrSkip;
  }
  return yield* execDCFinish(db, ctx, dc, release, query, nv, qid, res, err, done);
}

/** execDCFinish is execDC once the driver answered: the hidden prepare when it could not exec (done false), the end event, the release. */
export function* execDCFinish(
  db: DB,
  ctx: Context,
  dc: DriverConn,
  release: Release,
  query: string,
  nv: NamedValue[],
  qid: number,
  res: Result | null,
  err: GoError | null,
  done: boolean,
): Generator<unknown, [Result | null, GoError | null], unknown> {
  const ci = dc.ci;
  if (!done) {
    res = null;
    const [si, perr] = yield* ci.prepare(ctx, query);
    err = perr;
    if (perr === null && si) {
      const ds = new DriverStmt(dc, si);
      err = checkNumInput(ds, nv.length);
      if (err === null) [res, err] = yield* si.exec(ctx, nv);
      yield* ds.close();
    }
  }
  endEvent(db, dc, qid, err, res);
  yield* release(err);
  return err !== null ? [null, err] : [res, null];
}

/** endEvent emits an exec's query.end (with its error, or rows affected and last insert id). */
export function endEvent(db: DB, dc: DriverConn, qid: number, err: GoError | null, res: Result | null): void {
  const extra: { error?: string; rowsAffected?: number; lastInsertId?: number } = {};
  if (err) extra.error = err.Error();
  else if (res) {
    const [ra, e1] = res.rowsAffected();
    const [li, e2] = res.lastInsertId();
    if (!e1) extra.rowsAffected = Number(ra);
    if (!e2) extra.lastInsertId = Number(li);
  }
  db.emit({ kind: 'query.end', db: db.id, conn: dc.id, query: qid, ...extra });
}

/** pingDC is DB.pingDC: Pinger.Ping if the driver has it, then release with its error. */
export function* pingDC(db: DB, ctx: Context, dc: DriverConn, release: Release): Generator<unknown, GoError | null, unknown> {
  let err: GoError | null = null;
  if (dc.ci.ping) {
    const qid = nextObjectId(db.world);
    db.emit({ kind: 'query.start', db: db.id, conn: dc.id, op: 'ping', query: qid });
    err = yield* dc.ci.ping(ctx);
    db.emit({ kind: 'query.end', db: db.id, conn: dc.id, query: qid, ...(err ? { error: err.Error() } : {}) });
  }
  yield* release(err);
  return err;
}
