/** ServerError is an error packet the simulated MySQL server sends: number, SQLSTATE and message. */
export class ServerError {
  constructor(
    readonly number: number,
    /** sqlState is empty for packets sent before the handshake (no SQLSTATE marker). */
    readonly sqlState: string,
    readonly message: string,
  ) {}
}

/** errParse is ER_PARSE_ERROR (1064) with MySQL's 80-character `near` excerpt. */
export function errParse(near: string, line: number): ServerError {
  return new ServerError(1064, '42000',
    `You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near '${near.slice(0, 80)}' at line ${line}`);
}

/** errNoSuchTable is ER_NO_SUCH_TABLE (1146). */
export function errNoSuchTable(db: string, table: string): ServerError {
  return new ServerError(1146, '42S02', `Table '${db}.${table}' doesn't exist`);
}

/** errBadField is ER_BAD_FIELD_ERROR (1054); where is 'field list', 'where clause', 'order clause'... */
export function errBadField(column: string, where: string): ServerError {
  return new ServerError(1054, '42S22', `Unknown column '${column}' in '${where}'`);
}

/** errDupEntry is ER_DUP_ENTRY (1062) in MySQL 8.0's `table.key` form. */
export function errDupEntry(value: string, key: string): ServerError {
  return new ServerError(1062, '23000', `Duplicate entry '${value}' for key '${key}'`);
}

/** errBadNull is ER_BAD_NULL_ERROR (1048). */
export function errBadNull(column: string): ServerError {
  return new ServerError(1048, '23000', `Column '${column}' cannot be null`);
}

/** errTableExists is ER_TABLE_EXISTS_ERROR (1050). */
export function errTableExists(table: string): ServerError {
  return new ServerError(1050, '42S01', `Table '${table}' already exists`);
}

/** errNoSuchFunction is ER_SP_DOES_NOT_EXIST (1305) for an unknown function. */
export function errNoSuchFunction(db: string, fn: string): ServerError {
  return new ServerError(1305, '42000', `FUNCTION ${db}.${fn} does not exist`);
}

/** errTooManyConnections is ER_CON_COUNT_ERROR (1040); withState=false is the pre-handshake form. */
export function errTooManyConnections(withState: boolean): ServerError {
  return new ServerError(1040, withState ? '08004' : '', 'Too many connections');
}

/** errMaxPreparedStmt is ER_MAX_PREPARED_STMT_COUNT_REACHED (1461). */
export function errMaxPreparedStmt(limit: number): ServerError {
  return new ServerError(1461, '42000',
    `Can't create more than max_prepared_stmt_count statements (current value: ${limit})`);
}

/** errInterrupted is ER_QUERY_INTERRUPTED (1317), what KILL QUERY gives the running statement. */
export function errInterrupted(): ServerError {
  return new ServerError(1317, '70100', 'Query execution was interrupted');
}

/** errLockWaitTimeout is ER_LOCK_WAIT_TIMEOUT (1205). */
export function errLockWaitTimeout(): ServerError {
  return new ServerError(1205, 'HY000', 'Lock wait timeout exceeded; try restarting transaction');
}

/** errNoSuchThread is ER_NO_SUCH_THREAD (1094), for KILL of an unknown id. */
export function errNoSuchThread(id: number): ServerError {
  return new ServerError(1094, 'HY000', `Unknown thread id: ${id}`);
}

/** errClientInactive is ER_CLIENT_INTERACTION_TIMEOUT (4031), written by MySQL >= 8.0.24 at wait_timeout. */
export function errClientInactive(): ServerError {
  return new ServerError(4031, 'HY000',
    'The client was disconnected by the server because of inactivity. See wait_timeout and interactive_timeout for configuring this behavior.');
}

/** errUnknownStmtHandler is ER_UNKNOWN_STMT_HANDLER (1243). */
export function errUnknownStmtHandler(id: number, where: string): ServerError {
  return new ServerError(1243, 'HY000', `Unknown prepared statement handler (${id}) given to ${where}`);
}

/** errWrongArguments is ER_WRONG_ARGUMENTS (1210), e.g. a parameter count mismatch in EXECUTE. */
export function errWrongArguments(where: string): ServerError {
  return new ServerError(1210, 'HY000', `Incorrect arguments to ${where}`);
}

/** errUnknownSystemVariable is ER_UNKNOWN_SYSTEM_VARIABLE (1193). */
export function errUnknownSystemVariable(name: string): ServerError {
  return new ServerError(1193, 'HY000', `Unknown system variable '${name}'`);
}

/** errWrongValueForVar is ER_WRONG_VALUE_FOR_VAR (1231). */
export function errWrongValueForVar(name: string, value: string): ServerError {
  return new ServerError(1231, '42000', `Variable '${name}' can't be set to the value of '${value}'`);
}

/** errGeneric is a catch-all server error (1105 ER_UNKNOWN_ERROR). */
export function errGeneric(message: string): ServerError {
  return new ServerError(1105, 'HY000', message);
}
