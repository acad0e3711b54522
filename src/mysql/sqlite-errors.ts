import {
  errBadField, errBadNull, errDupEntry, errGeneric, errNoSuchFunction, errNoSuchTable, errParse, errTableExists,
  ServerError,
} from './server-error.ts';
import type { UniqueKey } from './dialect.ts';
import { isWord, significant, tokenize, unquote, type Token } from './tokenize.ts';
import { valueText, type SqlValue } from './sql-values.ts';

/** Catalog is what the error mapper needs to know about the schema. */
export interface Catalog {
  database: string;
  uniqueKeys(table: string): UniqueKey[];
  columns(table: string): string[];
}

/** nearText is MySQL's `near '...' at line N` excerpt starting at a source offset. */
export function nearText(sql: string, offset: number): ServerError {
  const line = sql.slice(0, offset).split('\n').length;
  return errParse(sql.slice(offset), line);
}

function findToken(tokens: Token[], text: string): Token | undefined {
  const want = text.toLowerCase();
  return tokens.find((t) => (t.kind === 'quoted' ? unquote(t.text) : t.text).toLowerCase() === want);
}

const CLAUSES: [string, string][] = [
  ['WHERE', 'where clause'], ['ORDER', 'order clause'], ['GROUP', 'group statement'],
  ['HAVING', 'having clause'], ['ON', 'on clause'], ['SELECT', 'field list'], ['SET', 'field list'],
];

function clauseOf(tokens: Token[], at: Token | undefined): string {
  if (!at) return 'field list';
  let clause = 'field list';
  for (const t of tokens) {
    if (t === at) break;
    for (const [w, name] of CLAUSES) if (isWord(t, w)) clause = name;
    if (isWord(t, 'FROM')) clause = 'from clause';
  }
  return clause === 'from clause' ? 'field list' : clause;
}

/** mapSqliteError turns a sql.js error message into the MySQL error a real server gives for that statement. */
export function mapSqliteError(message: string, sql: string, params: SqlValue[], catalog: Catalog): ServerError {
  const tokens = significant(tokenize(sql));
  let m: RegExpMatchArray | null;
  if ((m = message.match(/^near "((?:[^"]|"")*)": syntax error/))) {
    const tok = findToken(tokens, m[1]!.replace(/""/g, '"'));
    return nearText(sql, tok ? tok.start : sql.length);
  }
  if (/incomplete input|unrecognized token/.test(message)) {
    if ((m = message.match(/unrecognized token: "(.*)"$/))) {
      const at = sql.indexOf(m[1]!);
      return nearText(sql, at >= 0 ? at : sql.length);
    }
    return errParse('', sql.split('\n').length);
  }
  if ((m = message.match(/^no such table: (?:main\.)?(.+)$/))) {
    const dot = m[1]!.indexOf('.');
    return dot > 0 ? errNoSuchTable(m[1]!.slice(0, dot), m[1]!.slice(dot + 1)) : errNoSuchTable(catalog.database, m[1]!);
  }
  if ((m = message.match(/^no such column: (.+)$/))) {
    const col = m[1]!;
    const bare = col.includes('.') ? col.slice(col.lastIndexOf('.') + 1) : col;
    return errBadField(col, clauseOf(tokens, findToken(tokens, bare)));
  }
  if ((m = message.match(/^(?:UNIQUE|PRIMARY KEY) constraint failed: (.+)$/))) return duplicate(m[1]!, tokens, params, catalog);
  if ((m = message.match(/^NOT NULL constraint failed: [^.]+\.(.+)$/))) return errBadNull(m[1]!);
  if ((m = message.match(/^table "?([^" ]+)"? already exists$/))) return errTableExists(m[1]!);
  if ((m = message.match(/^no such function: (.+)$/))) return errNoSuchFunction(catalog.database, m[1]!);
  if ((m = message.match(/^wrong number of arguments to function (\w+)\(\)$/))) {
    return new ServerError(1582, '42000', `Incorrect parameter count in the call to native function '${m[1]!}'`);
  }
  return errGeneric(message);
}

function duplicate(spec: string, tokens: Token[], params: SqlValue[], catalog: Catalog): ServerError {
  const cols = spec.split(',').map((s) => s.trim());
  const table = cols[0]!.split('.')[0]!;
  const names = cols.map((c) => c.split('.')[1]!);
  const key = catalog.uniqueKeys(table).find((k) => k.columns.join(',').toLowerCase() === names.join(',').toLowerCase());
  const keyName = key ? key.name : names.length === 1 && isPrimary(catalog, table, names[0]!) ? 'PRIMARY' : names[0]!;
  const values = names.map((n) => valueFor(n, table, tokens, params, catalog));
  return errDupEntry(values.join('-'), `${table}.${keyName}`);
}

function isPrimary(catalog: Catalog, table: string, col: string): boolean {
  return catalog.uniqueKeys(table).some((k) => k.name === 'PRIMARY' && k.columns.includes(col));
}

/** valueFor finds the value an INSERT or UPDATE wrote to a column (for the 1062 message). */
function valueFor(column: string, table: string, tokens: Token[], params: SqlValue[], catalog: Catalog): string {
  const paramIndex = new Map<Token, number>();
  tokens.filter((t) => t.kind === 'param').forEach((t, i) => paramIndex.set(t, i));
  const render = (t: Token | undefined): string => {
    if (!t) return '?';
    if (t.kind === 'param') return valueText(params[paramIndex.get(t)!] ?? null);
    if (t.kind === 'string') return unquote(t.text);
    return t.text;
  };
  if (isWord(tokens[0], 'INSERT', 'REPLACE')) {
    const vi = tokens.findIndex((t) => isWord(t, 'VALUES', 'VALUE'));
    if (vi < 0) return '?';
    const open = tokens.findIndex((t) => t.text === '(');
    let cols: string[];
    if (open >= 0 && open < vi) {
      cols = tokens.slice(open + 1, vi).filter((t) => t.kind === 'word' || t.kind === 'quoted').map((t) => unquote(t.text));
    } else cols = catalog.columns(table);
    const idx = cols.findIndex((c) => c.toLowerCase() === column.toLowerCase());
    const vals: Token[][] = [[]];
    let depth = 0;
    for (const t of tokens.slice(vi + 2)) {
      if (t.text === '(') depth++;
      if (t.text === ')' && depth-- === 0) break;
      if (t.text === ',' && depth === 0) vals.push([]);
      else vals[vals.length - 1]!.push(t);
    }
    return idx >= 0 && vals[idx]?.length === 1 ? render(vals[idx]![0]) : '?';
  }
  const si = tokens.findIndex((t) => isWord(t, 'SET'));
  for (let i = si + 1; si >= 0 && i + 2 < tokens.length; i++) {
    if (unquote(tokens[i]!.text).toLowerCase() === column.toLowerCase() && tokens[i + 1]!.text === '=') return render(tokens[i + 2]);
  }
  return '?';
}
