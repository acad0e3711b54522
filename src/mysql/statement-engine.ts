import type { ServerError } from './server-error.ts';
import type { StatementEnv } from './sql-engine.ts';
import type { SqlValue, StatementResult } from './sql-values.ts';

/** RunOptions: streamAfterBytes stops reading a result once that much is buffered; the rest comes as `rest`. */
export interface RunOptions { streamAfterBytes?: number }

/** StatementEngine runs the statements the server does not handle itself (sql.js, or the latency-only model). */
export interface StatementEngine {
  readonly database: string;
  /** run executes a statement, throwing a ServerError as MySQL would fail it. */
  run(sql: string, params: SqlValue[], env?: Partial<StatementEnv>, opts?: RunOptions): StatementResult;
  /** check is the prepare-time check: the error COM_STMT_PREPARE would return, or null. */
  check(sql: string): ServerError | null;
  /** paramCount counts `?` placeholders. */
  paramCount(sql: string): number;
  /**
   * isConstant says that run(sql, []) gives the same answer whatever the environment, session or earlier
   * statements, and changes nothing: the server may then keep the answer and not run the text again.
   */
  isConstant?(sql: string): boolean;
  /** setVirtualTable fills information_schema.<name> before a statement that reads it (sql.js only). */
  setVirtualTable?(name: string, columns: string[], rows: SqlValue[][]): void;
}
