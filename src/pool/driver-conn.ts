import type { Site } from '../sim/site.ts';
import type { Nanos } from '../sim/time.ts';
import type { GoError } from '../sim/errors.ts';
import type { Conn, Stmt as DriverStmtI } from './driver.ts';

/** DriverStmt is database/sql's driverStmt: a driver statement on one conn, closed at most once. */
export class DriverStmt {
  closed = false;
  closeErr: GoError | null = null;
  /** stmtId is the sql.Stmt this driver statement belongs to (none for the hidden prepare of Query/Exec). */
  stmtId: number | undefined;
  /** onClose lets the owner record the close (the DB emits stmt.conn.close). */
  onClose: ((ds: DriverStmt) => void) | undefined;
  constructor(
    readonly dc: DriverConn,
    readonly si: DriverStmtI,
  ) {}

  /** close closes the driver statement once; later calls return the first result. */
  *close(): Generator<unknown, GoError | null, unknown> {
    if (this.closed) return this.closeErr;
    this.closed = true;
    this.closeErr = yield* this.si.close();
    this.onClose?.(this);
    return this.closeErr;
  }
}

/** DriverConn is database/sql's driverConn: one pooled driver connection and its bookkeeping. */
export class DriverConn {
  inUse = true;
  needReset = false;
  closed = false;
  /** closing: taken off the idle list to be closed (cleaner, SetMaxIdleConns, DB.Close); counts as in use until closed. */
  closing = false;
  finalClosed = false;
  dbmuClosed = false;
  returnedAt: Nanos;
  onPut: (() => Generator<unknown, unknown, unknown>)[] = [];
  openStmt = new Set<DriverStmt>();
  /** release is the cached driverConn.releaseConn closure (see DB.releaser). */
  release: ((err: GoError | null) => Generator<unknown, void, unknown>) | undefined;
  /** acquiredBy is the task and site of the current checkout (for leak reports). */
  acquiredBy: { task?: number; site?: Site; at: Nanos } | undefined;
  /** checkedOut: acquiredBy describes a live checkout (false once released). */
  checkedOut = false;

  constructor(
    readonly id: number,
    readonly ci: Conn,
    readonly createdAt: Nanos,
  ) {
    this.returnedAt = createdAt;
  }

  /** expired is driverConn.expired: createdAt + lifetime strictly before now. */
  expired(lifetime: Nanos, now: Nanos): boolean {
    return lifetime > 0 && this.createdAt + lifetime < now;
  }
}
