import type { Database, SqlJsStatic } from 'sql.js';

/** SqlJs is the loaded sql.js module (initSqlJs' result); the host loads it and passes it in. */
export type SqlJs = SqlJsStatic;

/** SqlJsDatabase is one sql.js database. */
export type SqlJsDatabase = Database;

/** SqlJsLoader loads sql.js: Node reads the wasm from node_modules, the browser worker passes its URL or bytes. */
export type SqlJsLoader = () => Promise<SqlJs>;
