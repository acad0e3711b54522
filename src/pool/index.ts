/** database/sql on the virtual clock: DB, Rows, Row, Stmt, Tx, Conn, DBStats, the driver interfaces. */
export * from './driver.ts';
export * from './errors.ts';
export * from './convert.ts';
export { DB, MAX_BAD_CONN_RETRIES, DEFAULT_MAX_IDLE_CONNS, type DBStats, type OpenResource, type Strategy } from './db.ts';
export { Rows } from './rows.ts';
export { Row } from './row.ts';
export { Stmt } from './stmt.ts';
export { Tx } from './tx.ts';
export { HeldConn } from './held-conn.ts';
export { Registry, openDB, dsnConnector } from './registry.ts';
export { rebuildStats } from './rebuild.ts';
