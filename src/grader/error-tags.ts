/**
 * errorTags turns an error a call returned into the ErrorTags errors.Is matches, so reports and checks
 * work on plain data: context errors, the harness callback's error, MySQL error numbers, sentinels.
 */
import { Canceled, DeadlineExceeded } from '../sim/context.ts';
import { isError, type GoError } from '../sim/errors.ts';
import { ErrConnDone, ErrNoRows, ErrTxDone } from '../pool/errors.ts';
import { ErrInvalidConn, MySQLError } from '../pool/mysqldriver/errors.ts';

/** ERROR_SENTINELS are the sentinel errors a report tags by name when errors.Is matches them. */
export const ERROR_SENTINELS: readonly [string, GoError][] = [
  ['context.DeadlineExceeded', DeadlineExceeded],
  ['context.Canceled', Canceled],
  ['mysql.ErrInvalidConn', ErrInvalidConn],
  ['sql.ErrNoRows', ErrNoRows],
  ['sql.ErrTxDone', ErrTxDone],
  ['sql.ErrConnDone', ErrConnDone],
];

function mysqlNumbers(err: GoError, out: Set<number>, depth = 0): void {
  if (depth > 100) return;
  if (err instanceof MySQLError) out.add(err.Number);
  const u = err.Unwrap ? err.Unwrap() : null;
  if (Array.isArray(u)) for (const x of u) mysqlNumbers(x, out, depth + 1);
  else if (u) mysqlNumbers(u, out, depth + 1);
}

/** errorTags lists the tags errors.Is matches for err; `callback` is the harness callback's own error value. */
export function errorTags(err: GoError, callback?: GoError): string[] {
  const tags: string[] = [];
  for (const [tag, target] of ERROR_SENTINELS) if (isError(err, target)) tags.push(tag);
  if (callback && isError(err, callback)) tags.push('callback');
  const nums = new Set<number>();
  mysqlNumbers(err, nums);
  for (const n of [...nums].sort((a, b) => a - b)) tags.push(`mysql:${n}`);
  return tags;
}
