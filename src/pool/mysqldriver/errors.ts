import { newError, type GoError } from '../../sim/errors.ts';
import type { ServerError } from '../../mysql/server-error.ts';

/** MySQLError is the driver's *MySQLError: Error() is `Error N (SQLSTATE): msg`, or `Error N: msg` without a state. */
export class MySQLError implements GoError {
  constructor(
    readonly Number: number,
    readonly SQLState: string,
    readonly Message: string,
  ) {}

  /** Error formats the error as go-sql-driver/mysql >= 1.7 does. */
  Error(): string {
    return this.SQLState ? `Error ${this.Number} (${this.SQLState}): ${this.Message}` : `Error ${this.Number}: ${this.Message}`;
  }

  /** Is compares error numbers, as the driver's MySQLError.Is does. */
  Is(target: GoError): boolean {
    return target instanceof MySQLError && target.Number === this.Number;
  }
}

/** fromServer wraps a server error packet. */
export function fromServer(e: ServerError): MySQLError {
  return new MySQLError(e.number, e.sqlState, e.message);
}

/** ErrInvalidConn is mysql.ErrInvalidConn. */
export const ErrInvalidConn: GoError = newError('invalid connection');
/** ErrMalformPkt is mysql.ErrMalformPkt. */
export const ErrMalformPkt: GoError = newError('malformed packet');
/** ErrPktTooLarge is mysql.ErrPktTooLarge. */
export const ErrPktTooLarge: GoError = newError('packet for query is too large. Try adjusting the `Config.MaxAllowedPacket`');
/** ErrBusyBuffer is mysql.ErrBusyBuffer. */
export const ErrBusyBuffer: GoError = newError('busy buffer');

/** errInvalidDSNUnescaped and friends are dsn.go's errors, with the driver's text. */
export const errInvalidDSNUnescaped: GoError = newError('invalid DSN: did you forget to escape a param value?');
/** errInvalidDSNAddr is returned for an unterminated `(address`. */
export const errInvalidDSNAddr: GoError = newError('invalid DSN: network address not terminated (missing closing brace)');
/** errInvalidDSNNoSlash is returned when the DSN has no `/dbname` part. */
export const errInvalidDSNNoSlash: GoError = newError('invalid DSN: missing the slash separating the database name');
/** errInvalidDSNUnsafeCollation is returned for interpolateParams with a multibyte charset. */
export const errInvalidDSNUnsafeCollation: GoError = newError('invalid DSN: interpolateParams can not be used with unsafe collations');

/** NetError is a *net.OpError as the driver logs and returns it (`dial tcp ...: connect: connection refused`). */
export class NetError implements GoError {
  constructor(readonly text: string, readonly timeout = false) {}
  /** Error returns the net error's text. */
  Error(): string {
    return this.text;
  }
  /** Timeout reports whether this is an i/o timeout. */
  Timeout(): boolean {
    return this.timeout;
  }
}
