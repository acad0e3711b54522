import type { Context } from '../sim/context.ts';
import { newError, type GoError } from '../sim/errors.ts';
import type { Site } from '../sim/site.ts';
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
  owner: Omit<RowsOwner, 'query'> = {},
): Generator<unknown, [Rows | null, GoError | null], unknown> {
  const nv = namedValues(args);
  const qid = nextObjectId(db.world);
  const logging = db.world.log.active;
  if (logging) db.emit({ kind: 'query.start', db: db.id, conn: dc.id, op: 'query', query: qid, sql: query, args: args.length, site });
  const ci = dc.ci;
  if (ci.query) {
    const [rowsi, err] = yield* ci.query(ctx, query, nv);
    if (err !== ErrSkip) {
      if (logging) db.emit({ kind: 'query.end', db: db.id, conn: dc.id, query: qid, ...(err ? { error: err.Error() } : {}) });
      if (err !== null || !rowsi) {
        yield* release(err);
        return [null, err];
      }
      const rows = new Rows(db, dc, release, rowsi, undefined, site, { ...owner, query: qid }, nextObjectId(db.world));
      rows.initContextClose(ctx, txctx);
      return [rows, null];
    }
  }
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
  let res: Result | null = null;
  let err: GoError | null = null;
  const ci = dc.ci;
  let done = false;
  if (ci.exec) {
    [res, err] = yield* ci.exec(ctx, query, nv);
    done = err !== ErrSkip;
  }
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

function endEvent(db: DB, dc: DriverConn, qid: number, err: GoError | null, res: Result | null): void {
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
