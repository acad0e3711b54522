import { translateToSqlite, type Translation, type UniqueKey } from './dialect.ts';
import { mapSqliteError, nearText, type Catalog } from './sqlite-errors.ts';
import { ServerError, errGeneric } from './server-error.ts';
import { significant, tokenize, type Token } from './tokenize.ts';
import type { SqlJs, SqlJsDatabase } from './sqljs-types.ts';
import type { Column, RowSource, SqlValue, StatementResult } from './sql-values.ts';
import type { RunOptions } from './statement-engine.ts';
import { INFORMATION_SCHEMA, meta, parseCreateTable, type ColumnMeta, type TableSchema } from './column-types.ts';
import { resultColumnMetas } from './result-columns.ts';

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

/** SqlEngine runs MySQL-dialect statements on one sql.js database and answers with MySQL's errors. */
export class SqlEngine implements Catalog {
  private keys = new Map<string, UniqueKey[]>();
  /** schemas are the declared column types of the tables created through MySQL DDL, by lower-case name. */
  private schemas = new Map<string, TableSchema>();
  /** resultTypes caches each SELECT text's typed result columns (cleared when the schema may have changed). */
  private readonly resultTypes = new Map<string, ResultTypes>();
  private attached = false;
  private readonly env: StatementEnv = defaultEnv();
  /** parsed caches each statement text's translation and shape (statements repeat: loops, seeds, runs). */
  private readonly parsed = new Map<string, Parsed>();
  /** prepared caches sql.js statements by text: reset and bound again instead of prepared and freed. */
  private readonly prepared = new Map<string, Prepared>();
  /** cursors are the streamed results still open (rewind closes them). */
  private readonly cursors = new Set<RowSource>();
  private lastRowidStmt: SqlJsStatement | null = null;
  /** saved is the catalog at checkpoint(); null while no checkpoint transaction is held (none taken, or released). */
  private saved: { keys: Map<string, UniqueKey[]>; schemas: Map<string, TableSchema> } | null = null;
  /** unusual: a statement other than plain DML/queries ran since the checkpoint (the schema may differ). */
  private unusual = false;

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
    return this.parse(sql).params;
  }

  /** check reports the error a statement would fail with at prepare time (syntax, unknown table/column), or null. */
  check(sql: string): ServerError | null {
    const p = this.parse(sql);
    if (p.tail !== null) return nearText(sql, p.tail);
    if (this.prepared.has(sql)) return null;
    let stmt: SqlJsStatement;
    try {
      stmt = this.db.prepare(p.tr.sql);
    } catch (e) {
      return mapSqliteError(messageOf(e), sql, [], this);
    }
    if (p.cacheable) this.remember(sql, { stmt, names: stmt.getColumnNames(), busy: false });
    else stmt.free();
    return null;
  }

  /** run executes one statement with its parameters; it throws a ServerError the way MySQL would fail it. */
  run(sql: string, params: SqlValue[], env?: Partial<StatementEnv>, opts?: RunOptions): StatementResult {
    if (env) Object.assign(this.env, env);
    const p = this.parse(sql);
    if (p.tail !== null) throw nearText(sql, p.tail);
    if (!p.plain) {
      if (p.txControl && this.saved) this.release();
      this.unusual = true;
    }
    try {
      return this.execute(sql, p, params, opts);
    } finally {
      // A statement that may change the schema invalidates what check() learnt from cached statements.
      if (!p.plain) this.forgetStatements();
    }
  }

  private execute(sql: string, p: Parsed, params: SqlValue[], opts?: RunOptions): StatementResult {
    const tr = p.tr;
    const bound = params.map(toSqlite);
    const entry = this.statement(sql, p, params);
    const stmt = entry.stmt;
    let keep = false;
    try {
      const names = entry.names;
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
            return { kind: 'rows', columns: this.columnTypes(sql, names, rows), rows, rest: this.cursor(sql, entry) };
          }
        }
      }
      if (names.length > 0) return { kind: 'rows', columns: this.columnTypes(sql, names, rows), rows };
    } catch (e) {
      if (e instanceof ServerError) throw e;
      throw mapSqliteError(messageOf(e), sql, params, this);
    } finally {
      if (!keep) this.done(sql, entry);
    }
    for (const k of tr.uniqueKeys) this.addKey(k);
    if (!p.plain) this.learnSchema(sql);
    const affected = this.db.getRowsModified();
    return { kind: 'ok', affectedRows: affected, lastInsertId: this.lastInsertRowid() };
  }

  /** parse translates a statement text once and remembers what run, check and paramCount need. */
  private parse(sql: string): Parsed {
    let p = this.parsed.get(sql);
    if (p) return p;
    const sig = significant(tokenize(sql));
    const first = sig[0]?.kind === 'word' ? sig[0].text.toUpperCase() : (sig[0]?.text ?? '');
    const plain = PLAIN_WORDS.has(first);
    p = {
      tr: translateToSqlite(mysqlDivision(sql)),
      tail: multiStatementTail(sig),
      params: sig.reduce((n, t) => (t.kind === 'param' ? n + 1 : n), 0),
      plain,
      txControl: TX_WORDS.has(first),
      cacheable: plain && !/information_schema/i.test(sql),
    };
    if (this.parsed.size >= PARSED_LIMIT) this.parsed.delete(this.parsed.keys().next().value!);
    this.parsed.set(sql, p);
    return p;
  }

  /** statement returns the cached sql.js statement of a text (marked busy) or prepares one. */
  private statement(sql: string, p: Parsed, params: SqlValue[]): Prepared {
    const hit = this.prepared.get(sql);
    if (hit && !hit.busy) {
      hit.busy = true;
      return hit;
    }
    let stmt: SqlJsStatement;
    try {
      stmt = this.db.prepare(p.tr.sql);
    } catch (e) {
      throw mapSqliteError(messageOf(e), sql, params, this);
    }
    const entry: Prepared = { stmt, names: stmt.getColumnNames(), busy: true };
    if (!hit && p.cacheable) this.remember(sql, entry);
    return entry;
  }

  private remember(sql: string, entry: Prepared): void {
    if (this.prepared.size >= PREPARED_LIMIT) {
      for (const [k, e] of this.prepared) {
        if (e.busy) continue;
        e.stmt.free();
        this.prepared.delete(k);
        break;
      }
    }
    this.prepared.set(sql, entry);
  }

  /** done gives a statement back: a cached one is reset for the next use, any other is freed. */
  private done(sql: string, entry: Prepared): void {
    if (this.prepared.get(sql) === entry) {
      entry.stmt.reset();
      entry.busy = false;
    } else entry.stmt.free();
  }

  /** forgetStatements frees every cached statement that is not in use (after a possible schema change). */
  private forgetStatements(): void {
    for (const [k, e] of this.prepared) {
      if (!e.busy) e.stmt.free();
      this.prepared.delete(k);
    }
    this.resultTypes.clear();
  }

  /** cursor reads the rest of an open statement lazily, giving the statement back at the end. */
  private cursor(sql: string, entry: Prepared): RowSource {
    let done = false;
    const finish = (): void => {
      done = true;
      this.cursors.delete(source);
      this.done(sql, entry);
    };
    const source: RowSource = {
      next(max: number) {
        const out: SqlValue[][] = [];
        while (!done && out.length < max) {
          if (entry.stmt.step()) out.push(entry.stmt.get() as SqlValue[]);
          else finish();
        }
        return out;
      },
      get done() {
        return done;
      },
      close() {
        if (!done) finish();
      },
    };
    this.cursors.add(source);
    return source;
  }

  private lastInsertRowid(): number {
    const stmt = (this.lastRowidStmt ??= this.db.prepare('SELECT last_insert_rowid()'));
    try {
      return stmt.step() ? Number(stmt.get()[0] ?? 0) : 0;
    } finally {
      stmt.reset();
    }
  }

  private addKey(k: UniqueKey): void {
    const list = this.keys.get(k.table.toLowerCase()) ?? [];
    list.push(k);
    this.keys.set(k.table.toLowerCase(), list);
  }

  /**
   * checkpoint makes the database's current contents the state rewind() returns to: it holds a SQLite
   * transaction open from here on (the server keeps MySQL transactions itself; none reach SQLite).
   */
  checkpoint(): void {
    if (this.saved) throw new Error('sql-engine: checkpoint while one is held');
    this.attachInformationSchema();
    this.db.run('PRAGMA journal_mode=MEMORY');
    this.db.run(`CREATE TEMP TABLE IF NOT EXISTS ${REWIND_TABLE}(x)`);
    this.saved = { keys: copyKeys(this.keys), schemas: new Map(this.schemas) };
    this.begin();
  }

  /**
   * rewind undoes everything since checkpoint(): rows, tables, the catalog, open cursors, the statement
   * environment and SQLite's last_insert_rowid()/changes(). It returns false when that is impossible (a
   * transaction-control statement reached SQLite): then the engine must be closed and rebuilt.
   */
  rewind(): boolean {
    for (const c of [...this.cursors]) c.close();
    if (!this.saved) return false;
    try {
      this.db.run('ROLLBACK');
    } catch {
      return false;
    }
    if (this.unusual) {
      this.forgetStatements();
      this.keys = copyKeys(this.saved.keys);
      this.schemas = new Map(this.saved.schemas);
      this.unusual = false;
    }
    Object.assign(this.env, defaultEnv());
    this.begin();
    return true;
  }

  /** begin opens the checkpoint transaction and leaves last_insert_rowid() and changes() at 0, as in a fresh database. */
  private begin(): void {
    this.db.run(`BEGIN; INSERT INTO temp.${REWIND_TABLE}(rowid) VALUES (0); DELETE FROM temp.${REWIND_TABLE} WHERE 1; DELETE FROM temp.${REWIND_TABLE} WHERE 1`);
  }

  /** release ends the checkpoint transaction for good, so a transaction-control statement runs as it would without one. */
  private release(): void {
    try {
      this.db.run('COMMIT');
    } catch {
      // Whatever state SQLite is in, rewind() now refuses and the engine gets rebuilt.
    }
    this.saved = null;
  }

  private attachInformationSchema(): void {
    if (this.attached) return;
    this.db.run("ATTACH DATABASE ':memory:' AS information_schema");
    this.attached = true;
  }

  /** learnSchema records the declared column types of a CREATE TABLE, forgets a dropped table and follows ALTER TABLE ... ADD. */
  private learnSchema(sql: string): void {
    const sig = significant(tokenize(sql));
    if (isWordToken(sig[0], 'CREATE')) {
      const t = parseCreateTable(sql);
      const exists = sig.some((x, i) => isWordToken(x, 'NOT') && isWordToken(sig[i + 1], 'EXISTS'));
      if (t && !(exists && this.schemas.has(t.name.toLowerCase()))) this.schemas.set(t.name.toLowerCase(), t);
    } else if (isWordToken(sig[0], 'DROP') && isWordToken(sig[1], 'TABLE')) {
      for (const x of sig.slice(2)) if (x.kind === 'word' || x.kind === 'quoted') this.schemas.delete(unquoteName(x.text).toLowerCase());
    } else if (isWordToken(sig[0], 'ALTER') && isWordToken(sig[1], 'TABLE') && isWordToken(sig[3], 'ADD')) {
      const old = this.schemas.get(unquoteName(sig[2]?.text ?? '').toLowerCase());
      const at = isWordToken(sig[4], 'COLUMN') ? 5 : 4;
      const def = parseCreateTable(`CREATE TABLE x (${sql.slice(sig[at]?.start ?? sql.length)})`);
      if (old && def && !isWordToken(sig[at], 'INDEX', 'KEY', 'UNIQUE', 'PRIMARY', 'CONSTRAINT', 'FOREIGN')) {
        this.schemas.set(old.name.toLowerCase(), { name: old.name, columns: [...old.columns, def.columns[0]!] });
      }
    }
  }

  /** lookup finds a table's declared columns: MySQL DDL for the database's tables, MySQL 8.0's for information_schema. */
  private readonly lookup = (schema: string | null, table: string): TableSchema | undefined => {
    if (schema?.toLowerCase() === 'information_schema') return INFORMATION_SCHEMA.find((t) => t.name.toLowerCase() === table.toLowerCase());
    return this.schemas.get(table.toLowerCase());
  };

  /**
   * columnTypes describes each result column as MySQL 8.0 would (field type and flags, see result-columns.ts);
   * a column whose type the statement does not tell (a `?`, a user variable) is typed from its values.
   */
  private columnTypes(sql: string, names: string[], rows: SqlValue[][]): Column[] {
    let rt = this.resultTypes.get(sql);
    if (!rt) {
      let metas = resultColumnMetas(sql, this.lookup);
      if (metas && metas.length !== names.length) metas = null;
      const full = metas !== null && metas.every((m) => m !== null);
      rt = { metas, columns: full ? names.map((name, i) => ({ name, ...metas![i]! })) : null };
      if (this.resultTypes.size >= PARSED_LIMIT) this.resultTypes.delete(this.resultTypes.keys().next().value!);
      this.resultTypes.set(sql, rt);
    }
    if (rt.columns && rt.columns.length === names.length) return rt.columns;
    return names.map((name, i) => ({ name, ...(rt.metas?.[i] ?? valueMeta(rows, i)) }));
  }

  /** setVirtualTable fills information_schema.<name> (PROCESSLIST, INNODB_TRX) with the server's live view. */
  setVirtualTable(name: string, columns: string[], rows: SqlValue[][]): void {
    this.attachInformationSchema();
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
    for (const c of [...this.cursors]) c.close();
    this.db.close();
  }
}

/** Parsed is what one statement text needs, computed once. */
interface Parsed {
  tr: Translation;
  /** tail is the offset of a second statement, or null. */
  tail: number | null;
  params: number;
  /** plain: a query or DML statement (cannot change the schema). */
  plain: boolean;
  /** txControl: SQLite would begin or end a transaction (or attach) for it. */
  txControl: boolean;
  cacheable: boolean;
}

/** ResultTypes is a statement's typed result columns: `columns` when every type is known, else `metas` with gaps. */
interface ResultTypes { metas: (ColumnMeta | null)[] | null; columns: Column[] | null }

/** valueMeta types a column the statement does not describe from its values (integers BIGINT, other numbers DOUBLE, text VARCHAR). */
function valueMeta(rows: SqlValue[][], i: number): ColumnMeta {
  let type: ColumnMeta = meta('NULL');
  for (const r of rows) {
    const v = r[i];
    if (v === null || v === undefined) continue;
    if (typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v))) {
      if (type.type !== 'DOUBLE') type = meta('LONGLONG');
      continue;
    }
    if (typeof v === 'number') type = meta('DOUBLE');
    else return v instanceof Uint8Array ? meta('BLOB', { binary: true }) : meta('VAR_STRING');
  }
  return type;
}

function isWordToken(t: Token | undefined, ...words: string[]): boolean {
  return !!t && t.kind === 'word' && words.includes(t.text.toUpperCase());
}

function unquoteName(text: string): string {
  return text.startsWith('`') ? text.slice(1, -1) : text;
}

/** Prepared is a cached sql.js statement; busy while a run or a streamed cursor uses it. */
interface Prepared { stmt: SqlJsStatement; names: string[]; busy: boolean }

type SqlJsStatement = ReturnType<SqlJsDatabase['prepare']>;

const PLAIN_WORDS = new Set(['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'REPLACE', 'WITH', 'VALUES', 'DO', '(']);
const TX_WORDS = new Set(['BEGIN', 'START', 'END', 'COMMIT', 'ROLLBACK', 'SAVEPOINT', 'RELEASE', 'ATTACH', 'DETACH', 'VACUUM', 'PRAGMA']);
const PARSED_LIMIT = 1024;
const PREPARED_LIMIT = 256;
const REWIND_TABLE = 'leakproof_rewind';

function defaultEnv(): StatementEnv {
  return { now: '2000-01-01 00:00:00', unixSeconds: 946684800, connectionId: 0, lastInsertId: 0, random: () => 0 };
}

function copyKeys(keys: Map<string, UniqueKey[]>): Map<string, UniqueKey[]> {
  return new Map([...keys].map(([k, v]) => [k, [...v]]));
}

/**
 * mysqlDivision gives `/` and `DIV` MySQL's meaning before the statement goes to SQLite: `/` always divides
 * exactly (`-5 / 2` is -2.5000 in MySQL, -2 in SQLite), `DIV` is integer division (SQLite's `/` on integers).
 */
export function mysqlDivision(sql: string): string {
  if (!sql.includes('/') && !/\bDIV\b/i.test(sql)) return sql;
  let changed = false;
  const out = tokenize(sql).map((t) => {
    if (t.kind === 'punct' && t.text === '/') { changed = true; return '* 1.0 /'; }
    if (t.kind === 'word' && t.text.toUpperCase() === 'DIV') { changed = true; return '/'; }
    return t.text;
  });
  return changed ? out.join('') : sql;
}

/** multiStatementTail is the offset of a second statement (the driver does not enable multiStatements). */
function multiStatementTail(sig: Token[]): number | null {
  const semi = sig.findIndex((t) => t.text === ';');
  if (semi < 0 || semi === sig.length - 1) return null;
  const rest = sig.slice(semi + 1).filter((t) => t.text !== ';');
  return rest.length > 0 ? rest[0]!.start : null;
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
