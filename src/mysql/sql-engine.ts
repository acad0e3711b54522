import { translateToSqlite, type UniqueKey } from './dialect.ts';
import { mapSqliteError, nearText, type Catalog } from './sqlite-errors.ts';
import { ServerError, errGeneric } from './server-error.ts';
import { significant, tokenize } from './tokenize.ts';
import type { SqlJs, SqlJsDatabase } from './sqljs-types.ts';
import type { Column, ColumnType, RowSource, SqlValue, StatementResult } from './sql-values.ts';
import type { RunOptions } from './statement-engine.ts';

/** StatementEnv is the per-statement context the server supplies: virtual time and the session. */
export interface StatementEnv {
  /** now is the virtual wall clock as `YYYY-MM-DD HH:MM:SS`. */
  now: string;
  unixSeconds: number;
  connectionId: number;
  lastInsertId: number;
  /** random returns a float in [0,1) from the world's seeded stream (RAND()). */
  random: () => number;
}

const DATETIME_RE = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?$/;

/** SqlEngine runs MySQL-dialect statements on one sql.js database and answers with MySQL's errors. */
export class SqlEngine implements Catalog {
  private readonly keys = new Map<string, UniqueKey[]>();
  private readonly datetime = new Set<string>();
  private attached = false;
  private env: StatementEnv = { now: '2000-01-01 00:00:00', unixSeconds: 946684800, connectionId: 0, lastInsertId: 0, random: () => 0 };

  private constructor(private readonly db: SqlJsDatabase, readonly database: string) {
    // sql.js registers a function with f.length parameters, so each one declares its arguments.
    const fn = (name: string, f: (...a: never[]) => SqlValue): void => {
      db.create_function(name, f as (...a: unknown[]) => never);
    };
    fn('NOW', () => this.env.now);
    fn('SYSDATE', () => this.env.now);
    fn('CURDATE', () => this.env.now.slice(0, 10));
    fn('UNIX_TIMESTAMP', () => this.env.unixSeconds);
    fn('CONNECTION_ID', () => this.env.connectionId);
    fn('RAND', () => this.env.random());
    fn('DATABASE', () => this.database);
    fn('VERSION', () => '8.0.36');
    // SLEEP's time is spent by the server on the virtual clock before the statement runs; here it returns 0.
    fn('SLEEP', (_seconds: never) => 0);
    fn('REPEAT', (str: never, count: never) => (str === null || count === null ? null : String(str).repeat(Math.max(0, Number(count)))));
    fn('LPAD', (str: never, len: never, pad: never) => pad3(str, len, pad, true));
    fn('RPAD', (str: never, len: never, pad: never) => pad3(str, len, pad, false));
  }

  /** create opens an empty database named `database` (the server's default schema). */
  static create(sqljs: SqlJs, database = 'course'): SqlEngine {
    return new SqlEngine(new sqljs.Database(), database);
  }

  /** uniqueKeys lists a table's unique indexes (PRIMARY first) as MySQL names them. */
  uniqueKeys(table: string): UniqueKey[] {
    return this.keys.get(table.toLowerCase()) ?? [];
  }

  /** columns lists a table's columns in order. */
  columns(table: string): string[] {
    const res = this.db.exec(`PRAGMA table_info("${table.replace(/"/g, '""')}")`);
    return res[0] ? res[0].values.map((r) => String(r[1])) : [];
  }

  /** tables lists the tables of the database. */
  tables(): string[] {
    const res = this.db.exec("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    return res[0] ? res[0].values.map((r) => String(r[0])) : [];
  }

  /** paramCount counts the `?` placeholders of a statement (what COM_STMT_PREPARE reports). */
  paramCount(sql: string): number {
    return tokenize(sql).filter((t) => t.kind === 'param').length;
  }

  /** check reports the error a statement would fail with at prepare time (syntax, unknown table/column), or null. */
  check(sql: string): ServerError | null {
    const tail = this.multiStatementTail(sql);
    if (tail !== null) return nearText(sql, tail);
    const tr = translateToSqlite(sql);
    try {
      this.db.prepare(tr.sql).free();
      return null;
    } catch (e) {
      return mapSqliteError(messageOf(e), sql, [], this);
    }
  }

  /** run executes one statement with its parameters; it throws a ServerError the way MySQL would fail it. */
  run(sql: string, params: SqlValue[], env?: Partial<StatementEnv>, opts?: RunOptions): StatementResult {
    if (env) this.env = { ...this.env, ...env };
    const tail = this.multiStatementTail(sql);
    if (tail !== null) throw nearText(sql, tail);
    const tr = translateToSqlite(sql);
    const bound = params.map(toSqlite);
    let stmt: ReturnType<SqlJsDatabase['prepare']>;
    try {
      stmt = this.db.prepare(tr.sql);
    } catch (e) {
      throw mapSqliteError(messageOf(e), sql, params, this);
    }
    let keep = false;
    try {
      const names = stmt.getColumnNames();
      if (bound.length > 0) stmt.bind(bound);
      const rows: SqlValue[][] = [];
      const limit = opts?.streamAfterBytes ?? Infinity;
      let bytes = 0;
      while (stmt.step()) {
        const row = stmt.get() as SqlValue[];
        rows.push(row);
        if (limit !== Infinity) {
          bytes += rowBytes(row);
          if (bytes > limit && rows.length >= 2) {
            keep = true;
            return { kind: 'rows', columns: this.columnTypes(names, rows), rows, rest: cursorSource(stmt) };
          }
        }
      }
      if (names.length > 0) return { kind: 'rows', columns: this.columnTypes(names, rows), rows };
    } catch (e) {
      if (e instanceof ServerError) throw e;
      throw mapSqliteError(messageOf(e), sql, params, this);
    } finally {
      if (!keep) stmt.free();
    }
    for (const k of tr.uniqueKeys) this.addKey(k);
    for (const c of tr.datetimeColumns) this.datetime.add(c.split('.')[1]!.toLowerCase());
    const affected = this.db.getRowsModified();
    const last = this.db.exec('SELECT last_insert_rowid()')[0]?.values[0]?.[0];
    return { kind: 'ok', affectedRows: affected, lastInsertId: Number(last ?? 0) };
  }

  private addKey(k: UniqueKey): void {
    const list = this.keys.get(k.table.toLowerCase()) ?? [];
    list.push(k);
    this.keys.set(k.table.toLowerCase(), list);
  }

  /** multiStatementTail is the offset of a second statement (the driver does not enable multiStatements). */
  private multiStatementTail(sql: string): number | null {
    const sig = significant(tokenize(sql));
    const semi = sig.findIndex((t) => t.text === ';');
    if (semi < 0 || semi === sig.length - 1) return null;
    const rest = sig.slice(semi + 1).filter((t) => t.text !== ';');
    return rest.length > 0 ? rest[0]!.start : null;
  }

  private columnTypes(names: string[], rows: SqlValue[][]): Column[] {
    return names.map((name, i) => {
      let type = 'NULL' as ColumnType;
      for (const r of rows) {
        const v = r[i];
        if (v === null || v === undefined) continue;
        if (typeof v === 'number') type = Number.isInteger(v) && type !== 'DOUBLE' ? 'LONGLONG' : 'DOUBLE';
        else if (typeof v === 'bigint') type = 'LONGLONG';
        else if (v instanceof Uint8Array) type = 'BLOB';
        else type = DATETIME_RE.test(v) && (this.datetime.has(name.toLowerCase()) || /^(NOW|SYSDATE)\(\)$/i.test(name)) ? 'DATETIME' : 'VAR_STRING';
        if (type === 'VAR_STRING' || type === 'BLOB' || type === 'DATETIME') break;
      }
      if (type === 'NULL' && this.datetime.has(name.toLowerCase())) type = 'DATETIME';
      return { name, type };
    });
  }

  /** setVirtualTable fills information_schema.<name> (PROCESSLIST, INNODB_TRX) with the server's live view. */
  setVirtualTable(name: string, columns: string[], rows: SqlValue[][]): void {
    if (!this.attached) {
      this.db.run("ATTACH DATABASE ':memory:' AS information_schema");
      this.attached = true;
    }
    const t = `information_schema."${name}"`;
    // DELETE rather than DROP: SQLite refuses to drop a table while a streamed result's cursor is open.
    this.db.run(`CREATE TABLE IF NOT EXISTS ${t} (${columns.map((c) => `"${c}"`).join(', ')})`);
    this.db.run(`DELETE FROM ${t}`);
    const ins = this.db.prepare(`INSERT INTO ${t} VALUES (${columns.map(() => '?').join(', ')})`);
    try {
      for (const r of rows) ins.run(r.map(toSqlite));
    } finally {
      ins.free();
    }
  }

  /** exportBytes returns the database file (for snapshots). */
  exportBytes(): Uint8Array {
    return this.db.export();
  }

  /** close frees the sql.js database. */
  close(): void {
    this.db.close();
  }
}

/** pad3 is MySQL's LPAD/RPAD: pad or truncate to len characters. */
function pad3(str: SqlValue, len: SqlValue, pad: SqlValue, left: boolean): SqlValue {
  if (str === null || len === null || pad === null) return null;
  const s = String(str);
  const n = Number(len);
  if (n <= s.length) return s.slice(0, Math.max(0, n));
  const p = String(pad);
  if (p === '') return null;
  const fill = p.repeat(Math.ceil((n - s.length) / p.length)).slice(0, n - s.length);
  return left ? fill + s : s + fill;
}

/** rowBytes estimates a row's size on the wire. */
export function rowBytes(row: SqlValue[]): number {
  let n = 4;
  for (const v of row) n += v === null ? 1 : typeof v === 'string' ? v.length + 1 : v instanceof Uint8Array ? v.length + 1 : 8;
  return n;
}

/** cursorSource reads the rest of an open sql.js statement lazily. */
function cursorSource(stmt: ReturnType<SqlJsDatabase['prepare']>): RowSource {
  let done = false;
  return {
    next(max: number) {
      const out: SqlValue[][] = [];
      while (!done && out.length < max) {
        if (stmt.step()) out.push(stmt.get() as SqlValue[]);
        else {
          done = true;
          stmt.free();
        }
      }
      return out;
    },
    get done() {
      return done;
    },
    close() {
      if (!done) {
        done = true;
        stmt.free();
      }
    },
  };
}

function toSqlite(v: SqlValue): number | string | Uint8Array | null {
  if (typeof v === 'bigint') return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();
  return v;
}

function messageOf(e: unknown): string {
  if (e instanceof ServerError) return e.message;
  if (typeof e === 'object' && e !== null && 'message' in e) return String((e as { message: unknown }).message);
  return String(e);
}

/** asServerError converts anything a statement threw into a ServerError (our own bugs become 1105). */
export function asServerError(e: unknown): ServerError {
  return e instanceof ServerError ? e : errGeneric(messageOf(e));
}
