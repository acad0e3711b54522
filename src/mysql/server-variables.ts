import { ServerError, errUnknownSystemVariable } from './server-error.ts';

/** ServerVariables are the global system variables the simulated server models. */
export interface ServerVariables {
  max_connections: number;
  wait_timeout: number;
  interactive_timeout: number;
  max_prepared_stmt_count: number;
  innodb_lock_wait_timeout: number;
  max_allowed_packet: number;
  net_read_timeout: number;
  net_write_timeout: number;
  version: string;
}

/** DEFAULT_VARIABLES are MySQL 8.0's defaults. */
export const DEFAULT_VARIABLES: ServerVariables = {
  max_connections: 151,
  wait_timeout: 28800,
  interactive_timeout: 28800,
  max_prepared_stmt_count: 16382,
  innodb_lock_wait_timeout: 50,
  max_allowed_packet: 67108864,
  net_read_timeout: 30,
  net_write_timeout: 60,
  version: '8.0.36',
};

/** RANGES are MySQL 8.0's accepted ranges; SET GLOBAL clamps out-of-range values (warning 1292). */
const RANGES: Partial<Record<keyof ServerVariables, [number, number]>> = {
  max_connections: [1, 100000],
  wait_timeout: [1, 31536000],
  interactive_timeout: [1, 31536000],
  max_prepared_stmt_count: [0, 4194304],
  innodb_lock_wait_timeout: [1, 1073741824],
  max_allowed_packet: [1024, 1073741824],
  net_read_timeout: [1, 31536000],
  net_write_timeout: [1, 31536000],
};

/** coerceGlobal validates and clamps a SET GLOBAL value, or returns the error MySQL gives. */
export function coerceGlobal(name: string, raw: string): { name: keyof ServerVariables; value: number } | ServerError {
  const key = name.toLowerCase() as keyof ServerVariables;
  if (!(key in DEFAULT_VARIABLES)) return errUnknownSystemVariable(name);
  const range = RANGES[key];
  if (!range) return new ServerError(1238, 'HY000', `Variable '${key}' is a read only variable`);
  if (!/^-?\d+$/.test(raw.trim())) return new ServerError(1232, '42000', `Incorrect argument type to variable '${key}'`);
  const v = Math.min(range[1], Math.max(range[0], Number(raw)));
  return { name: key, value: v };
}

/** likeToRegExp turns a SQL LIKE pattern into a case-insensitive RegExp. */
export function likeToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length) re += pattern[++i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (c === '%') re += '.*';
    else if (c === '_') re += '.';
    else re += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'is');
}
