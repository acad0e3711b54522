/**
 * database/sql for the Go runtime: host types over src/pool/ (the pool objects themselves are the Go
 * pointer values). Every call passes the calling goroutine's source position as the pool's Site.
 */
import * as sc from '../../../sim/context.ts';
import { newError, type GoError } from '../../../sim/errors.ts';
import type { World } from '../../../sim/world.ts';
import type { DB } from '../../../pool/db.ts';
import type { Rows } from '../../../pool/rows.ts';
import type { Row } from '../../../pool/row.ts';
import type { Stmt } from '../../../pool/stmt.ts';
import type { Tx } from '../../../pool/tx.ts';
import type { HeldConn } from '../../../pool/held-conn.ts';
import type { Result, TxOptions, Value } from '../../../pool/driver.ts';
import type { ScanDest } from '../../../pool/convert.ts';
import { ErrConnDone, ErrNoRows, ErrTxDone, goQuote } from '../../../pool/errors.ts';
import { Registry } from '../../../pool/registry.ts';
import { MysqlDriver } from '../../../pool/mysqldriver/mysql-driver.ts';
import { basic, hostType, ptrTo, type Iface, type RType } from '../../runtime/rtype.ts';
import { fromArray, toArray, type Slice } from '../../runtime/slice.ts';
import { norm } from '../../runtime/int.ts';
import { nilPanic } from '../../runtime/panic.ts';
import type { Runtime } from '../../runtime/runtime.ts';
import { G } from '../../runtime/goroutine.ts';
import { fromByteString, toByteString } from '../format/utf8.ts';
import { NotPointer, argsOf, scanDest, toIface, type TimeT } from './values.ts';
import { sqlEnv } from './env.ts';
import { siteOf } from './site.ts';
import { DONE_NULL, doneWith } from '../../../sim/done.ts';
import { timeT as timeType } from '../time.ts';

/** The database/sql host types (shared by every run; values carry their own world). */
export const dbT: RType = hostType('sql', 'DB', () => null);
export const rowsT: RType = hostType('sql', 'Rows', () => null);
export const rowT: RType = hostType('sql', 'Row', () => null);
export const stmtT: RType = hostType('sql', 'Stmt', () => null);
export const txT: RType = hostType('sql', 'Tx', () => null);
export const connT: RType = hostType('sql', 'Conn', () => null);
const resultT: RType = hostType('sql', 'driverResult', () => null);
resultT.str = 'driver.Result';
resultT.methods.set('LastInsertId', function* (_g: unknown, r: Result) { const [n, e] = r.lastInsertId(); return [norm(n), toIface(e)]; });
resultT.methods.set('RowsAffected', function* (_g: unknown, r: Result) { const [n, e] = r.rowsAffected(); return [norm(n), toIface(e)]; });

const registries = new WeakMap<World, Registry>();

/** registryOf returns the world's driver registry; the mysql driver is registered when the program imports it (its log lines go to rt's stderr). */
export function registryOf(world: World, rt?: Runtime): Registry {
  let r = registries.get(world);
  if (!r) {
    r = new Registry();
    const env = sqlEnv(world);
    const imported = !env.sources || env.sources.some((s) => s.text.includes('"github.com/go-sql-driver/mysql"'));
    if (imported) {
      const drv = new MysqlDriver(world, env.network ?? new Map());
      const print = drv.logger.print.bind(drv.logger);
      drv.logger.print = (site: string, message: string) => {
        print(site, message);
        rt?.write(2, toByteString(drv.logger.lines[drv.logger.lines.length - 1]! + '\n'));
      };
      r.register('mysql', drv);
    }
    registries.set(world, r);
  }
  return r;
}

type Ctx = Iface | null;
function ctxOf(world: World, c: Ctx): sc.Context {
  return c === null ? sc.background(world) : (c.v as sc.Context);
}
const ret = <T>(v: T | null, e: GoError | null): [T | null, Iface | null] => [v, toIface(e)];
const convErr = (text: string): Iface | null => toIface(newError(text));

function* scanInto(rows: Rows | null, timeT: TimeT, dests: Slice | null, scan: (ds: ScanDest[]) => Generator<unknown, GoError | null, unknown>) {
  const items = toArray(dests) as (Iface | null)[];
  const ds: ScanDest[] = [];
  for (let i = 0; i < items.length; i++) {
    const d = scanDest(items[i]!, i, timeT);
    if ('error' in d) return convErr(d.error);
    ds.push(d);
  }
  try {
    return toIface(yield* scan(ds));
  } catch (e) {
    if (!(e instanceof NotPointer)) throw e;
    const names = (rows as unknown as { rowsi?: { columns(): string[] } } | null)?.rowsi?.columns() ?? [];
    return convErr(`sql: Scan error on column index ${e.index}, name ${goQuote(names[e.index] ?? '')}: destination not a pointer`);
  }
}

/** errNow is a finished call returning a pool error as Go's error value (no generator). */
function errNow(e: GoError | null): Generator<unknown, Iface | null, unknown> {
  return e === null ? DONE_NULL : doneWith(toIface(e));
}

/**
 * errResult is a pool call that returns an error, seen as Go's error value: when the pool finished it without
 * blocking, a finished iterator (no generator); otherwise a generator that yields what it yielded and goes on.
 */
function errResult(it: Generator<unknown, GoError | null, unknown>): Generator<unknown, Iface | null, unknown> {
  const r = it.next();
  return r.done === true ? errNow(r.value) : errRest(it, r.value);
}
function* errRest(it: Generator<unknown, GoError | null, unknown>, first: unknown): Generator<unknown, Iface | null, unknown> {
  yield first;
  return toIface(yield* it);
}

function optsOf(o: { Isolation: number; ReadOnly: boolean } | null): Partial<TxOptions> | undefined {
  return o === null ? undefined : { isolation: o.Isolation as TxOptions['isolation'], readOnly: o.ReadOnly };
}

/** Querier is what DB, Tx and Conn share: the Context forms of query, exec, queryRow, prepare. */
interface Querier {
  queryContext(ctx: sc.Context, q: string, a: Value[], site?: unknown): Generator<unknown, [Rows | null, GoError | null], unknown>;
  execContext(ctx: sc.Context, q: string, a: Value[], site?: unknown): Generator<unknown, [Result | null, GoError | null], unknown>;
  queryRowContext(ctx: sc.Context, q: string, a: Value[], site?: unknown): Generator<unknown, Row, unknown>;
  prepareContext(ctx: sc.Context, q: string, site?: unknown): Generator<unknown, [Stmt | null, GoError | null], unknown>;
}

/** installQuerier adds Query/Exec/QueryRow/Prepare and their Context forms to a pointer type's methods. */
function installQuerier(t: RType, worldOf: (x: any) => World, ctxFor: (x: any) => sc.Context | null, withPlain: boolean): void {
  const m = ptrTo(t).methods;
  const bg = (x: any) => ctxFor(x) ?? sc.background(worldOf(x));
  // Each method has fixed parameters (the Context forms take ctx first): no rest arrays on the call path.
  function* query(g: any, x: Querier, ctx: sc.Context, q: string, a: Slice | null, name: string) {
    const args = argsOf(a);
    if ('error' in args) return [null, convErr(args.error)];
    const [r, e] = yield* x.queryContext(ctx, fromByteString(q), args, siteOf(worldOf(x), g, name));
    return ret(r, e);
  }
  function* exec(g: any, x: Querier, ctx: sc.Context, q: string, a: Slice | null, name: string) {
    const args = argsOf(a);
    if ('error' in args) return [null, convErr(args.error)];
    const [r, e] = yield* x.execContext(ctx, fromByteString(q), args, siteOf(worldOf(x), g, name));
    return [r === null ? null : { t: resultT, v: r }, toIface(e)];
  }
  function* queryRow(g: any, x: Querier, ctx: sc.Context, q: string, a: Slice | null, name: string) {
    const args = argsOf(a);
    if ('error' in args) return { convErr: args.error };
    return yield* x.queryRowContext(ctx, fromByteString(q), args, siteOf(worldOf(x), g, name));
  }
  function* prepare(g: any, x: Querier, ctx: sc.Context, q: string, name: string) {
    const [st, e] = yield* x.prepareContext(ctx, fromByteString(q), siteOf(worldOf(x), g, name));
    return ret(st, e);
  }
  m.set('QueryContext', (g: any, x: Querier, c: Ctx, q: string, a: Slice | null) => query(g, x, ctxOf(worldOf(x), c), q, a, 'QueryContext'));
  m.set('ExecContext', (g: any, x: Querier, c: Ctx, q: string, a: Slice | null) => exec(g, x, ctxOf(worldOf(x), c), q, a, 'ExecContext'));
  m.set('QueryRowContext', (g: any, x: Querier, c: Ctx, q: string, a: Slice | null) => queryRow(g, x, ctxOf(worldOf(x), c), q, a, 'QueryRowContext'));
  m.set('PrepareContext', (g: any, x: Querier, c: Ctx, q: string) => prepare(g, x, ctxOf(worldOf(x), c), q, 'PrepareContext'));
  if (withPlain) {
    m.set('Query', (g: any, x: Querier, q: string, a: Slice | null) => query(g, x, bg(x), q, a, 'Query'));
    m.set('Exec', (g: any, x: Querier, q: string, a: Slice | null) => exec(g, x, bg(x), q, a, 'Exec'));
    m.set('QueryRow', (g: any, x: Querier, q: string, a: Slice | null) => queryRow(g, x, bg(x), q, a, 'QueryRow'));
    m.set('Prepare', (g: any, x: Querier, q: string) => prepare(g, x, bg(x), q, 'Prepare'));
  }
}

installQuerier(dbT, (db: DB) => db.world, () => null, true);
installQuerier(txT, (tx: Tx) => tx.db.world, () => null, true);
installQuerier(connT, (c: HeldConn) => c.db.world, () => null, false);

const dbm = ptrTo(dbT).methods;
dbm.set('Ping', function* (g: any, db: DB) { return toIface(yield* db.pingContext(sc.background(db.world), siteOf(db.world, g, 'Ping'))); });
dbm.set('PingContext', function* (g: any, db: DB, c: Ctx) { return toIface(yield* db.pingContext(ctxOf(db.world, c), siteOf(db.world, g, 'PingContext'))); });
dbm.set('Begin', function* (g: any, db: DB) { const [tx, e] = yield* db.beginTx(sc.background(db.world), undefined, siteOf(db.world, g, 'Begin')); return ret(tx, e); });
dbm.set('BeginTx', function* (g: any, db: DB, c: Ctx, o: any) { const [tx, e] = yield* db.beginTx(ctxOf(db.world, c), optsOf(o), siteOf(db.world, g, 'BeginTx')); return ret(tx, e); });
dbm.set('Conn', function* (g: any, db: DB, c: Ctx) { const [hc, e] = yield* db.connContext(ctxOf(db.world, c), siteOf(db.world, g, 'Conn')); return ret(hc, e); });
dbm.set('Close', (_g: any, db: DB) => errResult(db.close()));
dbm.set('Stats', (_g: any, db: DB) => doneWith({ ...db.stats() }));
dbm.set('SetMaxOpenConns', function* (g: any, db: DB, n: number) {
  const site = siteOf(db.world, g, 'SetMaxOpenConns');
  const f = sqlEnv(db.world).forbid;
  if (f && site) f('SetMaxOpenConns', site);
  db.setMaxOpenConns(Number(n), site);
});
dbm.set('SetMaxIdleConns', function* (g: any, db: DB, n: number) {
  const site = siteOf(db.world, g, 'SetMaxIdleConns');
  const f = sqlEnv(db.world).forbid;
  if (f && site) f('SetMaxIdleConns', site);
  db.setMaxIdleConns(Number(n), site);
});
dbm.set('SetConnMaxLifetime', function* (g: any, db: DB, d: number) { db.setConnMaxLifetime(Number(d), siteOf(db.world, g, 'SetConnMaxLifetime')); });
dbm.set('SetConnMaxIdleTime', function* (g: any, db: DB, d: number) { db.setConnMaxIdleTime(Number(d), siteOf(db.world, g, 'SetConnMaxIdleTime')); });


/** goroutineOfTask maps a sim task id to the Go goroutine id running on it (undefined for runtime tasks). */
export function goroutineOfTask(world: World, task: number): number | undefined {
  const data = world.tasks().find((t) => t.id === task)?.data;
  return data instanceof G ? data.id : undefined;
}
const timeT: TimeT = () => timeType;
{
  const rm = ptrTo(rowsT).methods;
  // Next hands the pool's own generator to the caller's yield* (its bool is Go's result): one generator less per call.
  rm.set('Next', (_g: any, rs: Rows) => rs.next());
  rm.set('Scan', function* (g: any, rs: Rows, dests: Slice | null) {
    return yield* scanInto(rs, timeT, dests, function* (ds) { return rs.scan(...ds); });
  });
  rm.set('Err', (_g: any, rs: Rows) => errNow(rs.err()));
  rm.set('Close', (_g: any, rs: Rows) => errResult(rs.close()));
  rm.set('Columns', function* (_g: any, rs: Rows) { const [c, e] = rs.columns(); return [c === null ? null : fromArray(c.map((s) => toByteString(s))), toIface(e)]; });
  const rowm = ptrTo(rowT).methods;
  rowm.set('Scan', function* (g: any, r: Row | { convErr: string }, dests: Slice | null) {
    if ('convErr' in r) return convErr(r.convErr);
    return yield* scanInto(r.rows, timeT, dests, function* (ds) { return yield* r.scan(...ds); });
  });
  rowm.set('Err', (_g: any, r: Row | { convErr: string }) => doneWith('convErr' in r ? convErr(r.convErr) : toIface(r.err())));
}

const sm = ptrTo(stmtT).methods;
function* stmtQuery(g: any, s: Stmt, ctx: sc.Context, a: Slice | null, name: string) {
  const args = argsOf(a);
  if ('error' in args) return [null, convErr(args.error)];
  const [r, e] = yield* s.queryContext(ctx, args, siteOf(s.db.world, g, name));
  return ret(r, e);
}
function* stmtExec(g: any, s: Stmt, ctx: sc.Context, a: Slice | null, name: string) {
  const args = argsOf(a);
  if ('error' in args) return [null, convErr(args.error)];
  const [r, e] = yield* s.execContext(ctx, args, siteOf(s.db.world, g, name));
  return [r === null ? null : { t: resultT, v: r }, toIface(e)];
}
function* stmtRow(g: any, s: Stmt, ctx: sc.Context, a: Slice | null, name: string) {
  const args = argsOf(a);
  if ('error' in args) return { convErr: args.error };
  return yield* s.queryRowContext(ctx, args, siteOf(s.db.world, g, name));
}
sm.set('Query', (g: any, s: Stmt, a: Slice | null) => stmtQuery(g, s, sc.background(s.db.world), a, 'Query'));
sm.set('QueryContext', (g: any, s: Stmt, c: Ctx, a: Slice | null) => stmtQuery(g, s, ctxOf(s.db.world, c), a, 'QueryContext'));
sm.set('Exec', (g: any, s: Stmt, a: Slice | null) => stmtExec(g, s, sc.background(s.db.world), a, 'Exec'));
sm.set('ExecContext', (g: any, s: Stmt, c: Ctx, a: Slice | null) => stmtExec(g, s, ctxOf(s.db.world, c), a, 'ExecContext'));
sm.set('QueryRow', (g: any, s: Stmt, a: Slice | null) => stmtRow(g, s, sc.background(s.db.world), a, 'QueryRow'));
sm.set('QueryRowContext', (g: any, s: Stmt, c: Ctx, a: Slice | null) => stmtRow(g, s, ctxOf(s.db.world, c), a, 'QueryRowContext'));
sm.set('Close', (_g: any, s: Stmt) => errResult(s.close()));

const tm = ptrTo(txT).methods;
tm.set('Commit', (_g: any, tx: Tx) => errResult(tx.commit()));
tm.set('Rollback', (_g: any, tx: Tx) => errResult(tx.rollback()));

const cm = ptrTo(connT).methods;
cm.set('PingContext', function* (_g: any, c: HeldConn, ctx: Ctx) { return toIface(yield* c.pingContext(ctxOf(c.db.world, ctx))); });
cm.set('BeginTx', function* (g: any, c: HeldConn, ctx: Ctx, o: any) { const [tx, e] = yield* c.beginTx(ctxOf(c.db.world, ctx), optsOf(o), siteOf(c.db.world, g, 'BeginTx')); return ret(tx, e); });
cm.set('Close', (_g: any, c: HeldConn) => errResult(c.close()));

/** databaseSqlPackage builds package database/sql for a runtime. */
export function databaseSqlPackage(rt: Runtime) {
  const world = rt.world;
  return {
    types: { DB: dbT, Rows: rowsT, Row: rowT, Stmt: stmtT, Tx: txT, Conn: connT },
    vars: { ErrNoRows: toIface(ErrNoRows), ErrConnDone: toIface(ErrConnDone), ErrTxDone: toIface(ErrTxDone) },
    funcs: {
      Open: (g: any, driverName: string, dsn: string) => {
        const site = siteOf(world, g, 'Open');
        const env = sqlEnv(world);
        if (env.forbid && site) env.forbid('sql.Open', site);
        const [db, e] = registryOf(world, rt).open(world, fromByteString(driverName), fromByteString(dsn));
        if (db) (env.opened ??= []).push(db);
        return ret(db, e);
      },
      Drivers: () => fromArray(registryOf(world, rt).names().map((n) => toByteString(n))),
    },
  };
}

void basic;

// A method called on a nil *sql.X dereferences it inside database/sql: Go's nil pointer panic.
for (const t of [dbT, rowsT, rowT, stmtT, txT, connT]) {
  const ms = ptrTo(t).methods;
  // fixed arity (every method here has at most four parameters after the receiver, none a rest parameter)
  for (const [name, m] of [...ms]) ms.set(name, (g: any, x: any, a: any, b: any, c: any, d: any) => { if (x === null || x === undefined) throw nilPanic(); return m(g, x, a, b, c, d); });
}
