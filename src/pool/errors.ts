/** database/sql's error values, with Go's exact texts (sentinels compare by identity). */
import { newError, type GoError } from '../sim/errors.ts';

/** ErrNoRows is sql.ErrNoRows. */
export const ErrNoRows: GoError = newError('sql: no rows in result set');
/** ErrTxDone is sql.ErrTxDone. */
export const ErrTxDone: GoError = newError('sql: transaction has already been committed or rolled back');
/** ErrConnDone is sql.ErrConnDone. */
export const ErrConnDone: GoError = newError('sql: connection is already closed');
/** errDBClosed is database/sql's errDBClosed. */
export const errDBClosed: GoError = newError('sql: database is closed');
/** errRowsClosed is database/sql's errRowsClosed. */
export const errRowsClosed: GoError = newError('sql: Rows are closed');
/** errNoRowsAvailable is database/sql's errNoRows ("sql: no Rows available"). */
export const errNoRowsAvailable: GoError = newError('sql: no Rows available');
/** errStmtClosed is the error of a Stmt used after Close. */
export const errStmtClosed: GoError = newError('sql: statement is closed');
/** errScanWithoutNext is Scan before the first Next. */
export const errScanWithoutNext: GoError = newError('sql: Scan called without calling Next');
/** errRawBytesOnRow is Row.Scan into *RawBytes. */
export const errRawBytesOnRow: GoError = newError("sql: RawBytes isn't allowed on Row.Scan");
/** errNilPtr is convertAssign's "destination pointer is nil". */
export const errNilPtr: GoError = newError('destination pointer is nil');

/** unknownDriver is sql.Open's error for an unregistered driver name. */
export function unknownDriver(name: string): GoError {
  return newError(`sql: unknown driver ${goQuote(name)} (forgotten import?)`);
}

/** goQuote renders a string as Go's %q does for printable ASCII and common escapes. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + '"';
}
