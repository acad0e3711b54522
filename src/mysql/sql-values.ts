/** SqlValue is one cell or parameter as the server stores it (sql.js' value types plus bigint). */
export type SqlValue = null | number | bigint | string | Uint8Array;

/**
 * ColumnType is the MySQL field type the server reports for a result column (MYSQL_TYPE_* without the prefix;
 * TEXT and BLOB columns are both `BLOB` on the wire, ENUM and SET are `STRING`).
 */
export type ColumnType =
  | 'TINY' | 'SHORT' | 'INT24' | 'LONG' | 'LONGLONG' | 'YEAR' | 'FLOAT' | 'DOUBLE' | 'DECIMAL' | 'NEWDECIMAL'
  | 'DATE' | 'DATETIME' | 'TIMESTAMP' | 'TIME' | 'VAR_STRING' | 'STRING' | 'BLOB' | 'JSON' | 'BIT' | 'NULL';

/**
 * Column is one result column: its name, MySQL field type and the flags the driver reads: `unsigned`
 * (UNSIGNED_FLAG: an unsigned BIGINT decodes to uint64), `decimals` (a DECIMAL's scale, a DATETIME's fractional
 * digits: how the server writes the value as text) and `binary` (the binary character set: BLOB, VARBINARY).
 */
export interface Column { name: string; type: ColumnType; unsigned?: boolean; decimals?: number; binary?: boolean }

/** RowSource yields the rest of a large result lazily, as the server streams it. */
export interface RowSource {
  /** next returns up to max more rows (fewer at the end). */
  next(max: number): SqlValue[][];
  readonly done: boolean;
  /** close frees the cursor (called at the end, on KILL and when the session ends). */
  close(): void;
}

/** ResultSet is a statement's rows (SELECT, SHOW, ...); `rest` holds what did not fit the first buffer. */
export interface ResultSet { kind: 'rows'; columns: Column[]; rows: SqlValue[][]; rest?: RowSource }

/** arraySource serves the rows of an array from `from` on, as a RowSource. */
export function arraySource(rows: SqlValue[][], from: number): RowSource {
  let pos = from;
  return {
    next(max: number) {
      const out = rows.slice(pos, pos + max);
      pos += out.length;
      return out;
    },
    get done() {
      return pos >= rows.length;
    },
    close() {
      pos = rows.length;
    },
  };
}

/** OkResult is an OK packet: affected rows and the last insert id. */
export interface OkResult { kind: 'ok'; affectedRows: number; lastInsertId: number }

/** StatementResult is what one statement returns. */
export type StatementResult = ResultSet | OkResult;

/** valueText renders a value as MySQL prints it in messages (Duplicate entry '...'). */
export function valueText(v: SqlValue): string {
  if (v === null) return 'NULL';
  if (v instanceof Uint8Array) return String.fromCharCode(...v);
  return String(v);
}
