/**
 * column-types: the MySQL field type of a result column (what a MySQL 8.0 server writes in its column
 * definition packet): a table's declared column types, read from its CREATE TABLE, and MySQL's rules for
 * merging types (IF, COALESCE, CASE, UNION). The driver decodes values by these types (go-sql-driver/mysql's
 * readRow), so they decide whether Go sees int64, uint64, float32, float64, time.Time or []byte.
 */
import { isWord, significant, tokenize, unquote, type Token } from './tokenize.ts';
import type { Column, ColumnType } from './sql-values.ts';

/** ColumnMeta is a column definition without its name: field type and flags. */
export type ColumnMeta = Omit<Column, 'name'>;

/** TableSchema is a table's columns in order, with their declared types. */
export interface TableSchema { name: string; columns: { name: string; meta: ColumnMeta }[] }

const INT_RANK: Partial<Record<ColumnType, number>> = { TINY: 1, YEAR: 1, SHORT: 2, INT24: 3, LONG: 4, LONGLONG: 5 };
const STRING_TYPES = new Set<ColumnType>(['VAR_STRING', 'STRING', 'BLOB', 'JSON', 'BIT']);
const TEMPORAL_TYPES = new Set<ColumnType>(['DATE', 'DATETIME', 'TIMESTAMP', 'TIME']);

/** isIntType reports whether a field type is one of MySQL's integer types (YEAR included). */
export function isIntType(t: ColumnType): boolean {
  return INT_RANK[t] !== undefined;
}

/** isStringType reports whether a field type carries text or bytes. */
export function isStringType(t: ColumnType): boolean {
  return STRING_TYPES.has(t);
}

/** isTemporalType reports whether a field type is DATE, DATETIME, TIMESTAMP or TIME. */
export function isTemporalType(t: ColumnType): boolean {
  return TEMPORAL_TYPES.has(t);
}

/** meta builds a ColumnMeta, leaving out flags that are not set. */
export function meta(type: ColumnType, flags: { unsigned?: boolean; decimals?: number; binary?: boolean } = {}): ColumnMeta {
  const m: ColumnMeta = { type };
  if (flags.unsigned) m.unsigned = true;
  if (flags.decimals) m.decimals = flags.decimals;
  if (flags.binary) m.binary = true;
  return m;
}

const DECLARED: Record<string, ColumnType> = {
  TINYINT: 'TINY', BOOL: 'TINY', BOOLEAN: 'TINY', SMALLINT: 'SHORT', MEDIUMINT: 'INT24', INT: 'LONG', INTEGER: 'LONG',
  BIGINT: 'LONGLONG', SERIAL: 'LONGLONG', FLOAT: 'FLOAT', DOUBLE: 'DOUBLE', REAL: 'DOUBLE', DECIMAL: 'NEWDECIMAL',
  NUMERIC: 'NEWDECIMAL', DEC: 'NEWDECIMAL', FIXED: 'NEWDECIMAL', DATE: 'DATE', DATETIME: 'DATETIME', TIMESTAMP: 'TIMESTAMP',
  TIME: 'TIME', YEAR: 'YEAR', CHAR: 'STRING', NCHAR: 'STRING', BINARY: 'STRING', ENUM: 'STRING', SET: 'STRING',
  VARCHAR: 'VAR_STRING', NVARCHAR: 'VAR_STRING', VARBINARY: 'VAR_STRING', TINYTEXT: 'BLOB', TEXT: 'BLOB',
  MEDIUMTEXT: 'BLOB', LONGTEXT: 'BLOB', TINYBLOB: 'BLOB', BLOB: 'BLOB', MEDIUMBLOB: 'BLOB', LONGBLOB: 'BLOB', JSON: 'JSON', BIT: 'BIT',
};
const BINARY_WORDS = new Set(['BINARY', 'VARBINARY', 'TINYBLOB', 'BLOB', 'MEDIUMBLOB', 'LONGBLOB']);

/** declaredMeta is the field type MySQL reports for a column declared with these type tokens (`INT UNSIGNED`, `DECIMAL(10,2)`). */
export function declaredMeta(type: Token[]): ColumnMeta {
  const word = type[0]?.text.toUpperCase() ?? '';
  let t: ColumnType = DECLARED[word] ?? 'VAR_STRING';
  const args: number[] = [];
  let i = 1;
  if (type[1]?.text === '(') {
    for (i = 2; i < type.length && type[i]!.text !== ')'; i++) if (type[i]!.kind === 'number') args.push(Number(type[i]!.text));
    i++;
  }
  const rest = type.slice(i);
  const has = (w: string) => rest.some((x) => isWord(x, w));
  if (word === 'FLOAT' && (args[0] ?? 0) > 24 && args.length === 1) t = 'DOUBLE';
  const numeric = isIntType(t) || t === 'NEWDECIMAL' || t === 'FLOAT' || t === 'DOUBLE';
  const unsigned = word === 'SERIAL' || (numeric && (has('UNSIGNED') || has('ZEROFILL')));
  let decimals = 0;
  if (t === 'NEWDECIMAL') decimals = args[1] ?? 0;
  if ((t === 'DATETIME' || t === 'TIMESTAMP' || t === 'TIME') && args[0]) decimals = args[0];
  const charsetBinary = rest.some((x, k) => isWord(x, 'SET', 'CHARSET') && isWord(rest[k + 1], 'binary'));
  return meta(t, { unsigned, decimals, binary: BINARY_WORDS.has(word) || (isStringType(t) && charsetBinary) });
}

/** parseCreateTable reads a MySQL CREATE TABLE's column list; null when the statement has none (`LIKE`, `AS SELECT`). */
export function parseCreateTable(sql: string): TableSchema | null {
  const sig = significant(tokenize(sql));
  let i = isWord(sig[1], 'TEMPORARY') ? 3 : 2;
  if (!isWord(sig[0], 'CREATE') || !isWord(sig[i - 1], 'TABLE')) return null;
  if (isWord(sig[i], 'IF') && isWord(sig[i + 1], 'NOT') && isWord(sig[i + 2], 'EXISTS')) i += 3;
  let name = unquote(sig[i]?.text ?? '');
  if (sig[i + 1]?.text === '.') name = unquote(sig[(i += 2)]?.text ?? '');
  if (sig[i + 1]?.text !== '(') return null;
  const columns: TableSchema['columns'] = [];
  for (const part of splitTopLevel(sig, i + 2)) {
    const first = part[0];
    if (!first || isWord(first, 'PRIMARY', 'UNIQUE', 'KEY', 'INDEX', 'FULLTEXT', 'SPATIAL', 'CONSTRAINT', 'FOREIGN', 'CHECK')) continue;
    columns.push({ name: unquote(first.text), meta: declaredMeta(part.slice(1)) });
  }
  return columns.length ? { name, columns } : null;
}

/** splitTopLevel splits the tokens from `from` up to the closing parenthesis at commas outside nested parentheses. */
function splitTopLevel(sig: Token[], from: number): Token[][] {
  const parts: Token[][] = [[]];
  let depth = 0;
  for (let i = from; i < sig.length; i++) {
    const t = sig[i]!;
    if (t.text === '(') depth++;
    if (t.text === ')' && depth-- === 0) break;
    if (t.text === ',' && depth === 0) parts.push([]);
    else parts[parts.length - 1]!.push(t);
  }
  return parts;
}

/** aggregateMeta is MySQL's type aggregation for IF/IFNULL/COALESCE/CASE/GREATEST/UNION; NULL arguments do not count. */
export function aggregateMeta(metas: ColumnMeta[]): ColumnMeta {
  const ms = metas.filter((m) => m.type !== 'NULL');
  if (ms.length === 0) return meta('NULL');
  const first = ms[0]!;
  const decimals = Math.max(...ms.map((m) => m.decimals ?? 0));
  const unsigned = ms.every((m) => m.unsigned);
  const binary = ms.some((m) => m.binary);
  if (ms.every((m) => m.type === first.type)) return meta(first.type, { unsigned, decimals, binary });
  if (ms.some((m) => isStringType(m.type))) return meta(ms.some((m) => m.type === 'BLOB') ? 'BLOB' : 'VAR_STRING', { binary });
  const temporal = ms.filter((m) => isTemporalType(m.type));
  if (temporal.length === ms.length) return meta('DATETIME', { decimals });
  if (temporal.length > 0) return meta('VAR_STRING');
  if (ms.some((m) => m.type === 'DOUBLE' || m.type === 'FLOAT')) return meta('DOUBLE');
  if (ms.some((m) => m.type === 'NEWDECIMAL' || m.type === 'DECIMAL')) return meta('NEWDECIMAL', { decimals });
  const rank = Math.max(...ms.map((m) => INT_RANK[m.type] ?? 5));
  const type = (Object.keys(INT_RANK) as ColumnType[]).find((k) => INT_RANK[k] === rank && k !== 'YEAR')!;
  return meta(type, { unsigned });
}

const s = (type: ColumnType, flags?: Parameters<typeof meta>[1]) => meta(type, flags);

/** INFORMATION_SCHEMA is MySQL 8.0's column types of the information_schema tables the server fills (PROCESSLIST, INNODB_TRX). */
export const INFORMATION_SCHEMA: TableSchema[] = [
  {
    name: 'PROCESSLIST',
    columns: [
      { name: 'ID', meta: s('LONGLONG', { unsigned: true }) }, { name: 'USER', meta: s('VAR_STRING') },
      { name: 'HOST', meta: s('VAR_STRING') }, { name: 'DB', meta: s('VAR_STRING') }, { name: 'COMMAND', meta: s('VAR_STRING') },
      { name: 'TIME', meta: s('LONG') }, { name: 'STATE', meta: s('VAR_STRING') }, { name: 'INFO', meta: s('VAR_STRING') },
    ],
  },
  {
    name: 'INNODB_TRX',
    columns: [
      { name: 'trx_id', meta: s('LONGLONG', { unsigned: true }) }, { name: 'trx_state', meta: s('VAR_STRING') },
      { name: 'trx_mysql_thread_id', meta: s('LONGLONG', { unsigned: true }) }, { name: 'trx_query', meta: s('VAR_STRING') },
    ],
  },
];
