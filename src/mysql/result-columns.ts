/**
 * result-columns: the MySQL 8.0 field type of each column of a SELECT's result, read from the statement:
 * column references take their table's declared type; expressions follow MySQL's result-type rules
 * (COUNT(*) is BIGINT, SUM and AVG of integers or decimals are DECIMAL, `/` is DECIMAL, comparisons are BIGINT,
 * CONNECTION_ID() is BIGINT UNSIGNED, literals by their form, IF/COALESCE/CASE/UNION merge their branches).
 * What it cannot tell (a `?` parameter, a user variable, an unknown function) is null: the engine types that
 * column from its values instead.
 */
import { aggregateMeta, isIntType, isStringType, isTemporalType, meta, type ColumnMeta, type TableSchema } from './column-types.ts';
import { isWord, significant, tokenize, unquote, type Token } from './tokenize.ts';

/** SchemaLookup finds a table by optional schema and name, or undefined when it is not known. */
export type SchemaLookup = (schema: string | null, table: string) => TableSchema | undefined;

/** resultColumnMetas types each result column of a SELECT (null for other statements; null entries where unknown). */
export function resultColumnMetas(sql: string, lookup: SchemaLookup): (ColumnMeta | null)[] | null {
  const sig = significant(tokenize(sql));
  while (sig.length && sig[sig.length - 1]!.text === ';') sig.pop();
  return typeQuery(sig, { lookup, sources: [] })?.map((i) => i.meta) ?? null;
}

interface Item { name: string; meta: ColumnMeta | null }
interface Source { name: string; columns: Item[] }
interface Ctx { lookup: SchemaLookup; sources: Source[] }

const SELECT_END = ['FROM', 'INTO', 'WHERE', 'GROUP', 'HAVING', 'ORDER', 'LIMIT', 'UNION', 'FOR', 'LOCK', 'WINDOW'];
const FROM_END = ['WHERE', 'GROUP', 'HAVING', 'ORDER', 'LIMIT', 'UNION', 'FOR', 'LOCK', 'WINDOW', 'INTO'];
const MODIFIERS = ['ALL', 'DISTINCT', 'DISTINCTROW', 'HIGH_PRIORITY', 'STRAIGHT_JOIN', 'SQL_SMALL_RESULT', 'SQL_BIG_RESULT', 'SQL_BUFFER_RESULT', 'SQL_NO_CACHE', 'SQL_CALC_FOUND_ROWS'];
const NOT_ALIAS_TABLE = new Set(['JOIN', 'INNER', 'LEFT', 'RIGHT', 'CROSS', 'NATURAL', 'STRAIGHT_JOIN', 'OUTER', 'ON', 'USING', 'USE', 'FORCE', 'IGNORE', 'PARTITION', ...FROM_END]);
const NOT_ALIAS = new Set(['NULL', 'TRUE', 'FALSE', 'END', 'UNKNOWN']);
const PREFIX_WORDS = new Set(['AS', 'IS', 'NOT', 'AND', 'OR', 'XOR', 'LIKE', 'IN', 'BETWEEN', 'REGEXP', 'RLIKE', 'DIV', 'MOD', 'INTERVAL', 'BINARY', 'ELSE', 'THEN', 'WHEN', 'CASE', 'DISTINCT', 'DATE', 'TIME', 'TIMESTAMP', 'COLLATE', 'ESCAPE']);
const COMPARE = new Set(['=', '<', '>', '<=', '>=', '<>', '!=', '||', '&&', '!']);
const LOGIC = ['OR', 'XOR', 'AND', 'NOT', 'IS', 'LIKE', 'REGEXP', 'RLIKE', 'IN', 'BETWEEN', 'SOUNDS', 'MEMBER'];
const BIT_OPS = new Set(['|', '&', '^', '~']);

/** matching is the index of the parenthesis closing the one at `open`. */
function matching(ts: Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < ts.length; i++) {
    if (ts[i]!.text === '(') depth++;
    else if (ts[i]!.text === ')' && --depth === 0) return i;
  }
  return ts.length;
}

/** tops lists the indexes of tokens outside parentheses and CASE...END that satisfy pred. */
function tops(ts: Token[], pred: (t: Token, i: number) => boolean): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    if (t.text === '(' || isWord(t, 'CASE')) { depth++; continue; }
    if (t.text === ')' || isWord(t, 'END')) { depth--; continue; }
    if (depth === 0 && pred(t, i)) out.push(i);
  }
  return out;
}

/** splitAt cuts ts at the given separator indexes (the separators are dropped). */
function splitAt(ts: Token[], at: number[]): Token[][] {
  const parts: Token[][] = [];
  let from = 0;
  for (const i of at) {
    parts.push(ts.slice(from, i));
    from = i + 1;
  }
  parts.push(ts.slice(from));
  return parts;
}

function commaParts(ts: Token[]): Token[][] {
  return splitAt(ts, tops(ts, (t) => t.text === ','));
}

function unwrap(ts: Token[]): Token[] {
  while (ts.length >= 2 && ts[0]!.text === '(' && matching(ts, 0) === ts.length - 1) ts = ts.slice(1, -1);
  return ts;
}

function typeQuery(ts: Token[], outer: Ctx): Item[] | null {
  ts = unwrap(ts);
  const unions = tops(ts, (t) => isWord(t, 'UNION'));
  if (unions.length === 0) return typeSelect(ts, outer);
  const parts = splitAt(ts, unions).map((p) => (isWord(p[0], 'ALL', 'DISTINCT') ? p.slice(1) : p));
  // ORDER BY / LIMIT after the last SELECT of a UNION belong to the whole; typeSelect stops before them.
  const typed = parts.map((p) => typeQuery(p, outer));
  const first = typed[0];
  if (!first || typed.some((t) => !t || t.length !== first.length)) return null;
  return first.map((item, c) => {
    const metas = typed.map((t) => t![c]!.meta);
    return { name: item.name, meta: metas.every((m) => m !== null) ? aggregateMeta(metas as ColumnMeta[]) : null };
  });
}

function typeSelect(ts: Token[], outer: Ctx): Item[] | null {
  if (!isWord(ts[0], 'SELECT')) return null;
  let i = 1;
  while (isWord(ts[i], ...MODIFIERS)) i++;
  const body = ts.slice(i);
  const listEnd = tops(body, (t) => isWord(t, ...SELECT_END))[0] ?? body.length;
  let sources: Source[] | null = [];
  if (isWord(body[listEnd], 'FROM')) {
    const from = body.slice(listEnd + 1);
    const end = tops(from, (t) => isWord(t, ...FROM_END))[0] ?? from.length;
    sources = parseFrom(from.slice(0, end), outer);
  }
  const ctx: Ctx = { lookup: outer.lookup, sources: [...(sources ?? []), ...outer.sources] };
  const items: Item[] = [];
  for (const part of commaParts(body.slice(0, listEnd))) {
    if (part.length === 1 && part[0]!.text === '*') {
      if (!sources) return null;
      for (const s of sources) items.push(...s.columns);
      continue;
    }
    if (part.length === 3 && part[1]!.text === '.' && part[2]!.text === '*') {
      const s = sources?.find((x) => same(x.name, unquote(part[0]!.text)));
      if (!s) return null;
      items.push(...s.columns);
      continue;
    }
    const { expr, alias } = splitAlias(part);
    items.push({ name: alias ?? itemName(expr), meta: typeExpr(expr, ctx) });
  }
  return items;
}

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function itemName(expr: Token[]): string {
  const last = expr[expr.length - 1];
  if (last && (last.kind === 'word' || last.kind === 'quoted') && (expr.length === 1 || expr[expr.length - 2]!.text === '.')) return unquote(last.text);
  return expr.map((t) => t.text).join('');
}

function splitAlias(part: Token[]): { expr: Token[]; alias: string | null } {
  const n = part.length;
  if (n >= 3 && isWord(part[n - 2], 'AS')) return { expr: part.slice(0, n - 2), alias: unquote(part[n - 1]!.text) };
  if (n >= 2) {
    const last = part[n - 1]!;
    const prev = part[n - 2]!;
    const aliasLike = last.kind === 'quoted' || last.kind === 'string' || (last.kind === 'word' && !NOT_ALIAS.has(last.text.toUpperCase()));
    const prevEnds = prev.kind === 'punct' ? prev.text === ')' : !(prev.kind === 'word' && PREFIX_WORDS.has(prev.text.toUpperCase()));
    if (aliasLike && prevEnds && !(last.kind === 'string' && prev.kind === 'string')) return { expr: part.slice(0, n - 1), alias: unquote(last.text) };
  }
  return { expr: part, alias: null };
}

/** parseFrom reads the table references of a FROM clause; null when one of them is unknown. */
function parseFrom(ts: Token[], outer: Ctx): Source[] | null {
  const sources: Source[] = [];
  let i = 0;
  while (i < ts.length) {
    const t = ts[i]!;
    if (t.text === '(') {
      const close = matching(ts, i);
      const inner = ts.slice(i + 1, close);
      i = close + 1;
      if (isWord(unwrap(inner)[0], 'SELECT')) {
        const items = typeQuery(inner, { lookup: outer.lookup, sources: [] });
        if (isWord(ts[i], 'AS')) i++;
        const alias = ts[i];
        if (!items || !alias || (alias.kind !== 'word' && alias.kind !== 'quoted')) return null;
        sources.push({ name: unquote(alias.text), columns: items });
        i++;
      } else {
        const sub = parseFrom(inner, outer);
        if (!sub) return null;
        sources.push(...sub);
      }
    } else if (t.kind === 'word' || t.kind === 'quoted') {
      let schema: string | null = null;
      let name = unquote(t.text);
      i++;
      if (ts[i]?.text === '.' && ts[i + 1]) {
        schema = name;
        name = unquote(ts[i + 1]!.text);
        i += 2;
      }
      const table = outer.lookup(schema, name);
      if (!table) return null;
      let alias = name;
      if (isWord(ts[i], 'AS') && ts[i + 1]) {
        alias = unquote(ts[i + 1]!.text);
        i += 2;
      } else if (ts[i] && (ts[i]!.kind === 'quoted' || (ts[i]!.kind === 'word' && !NOT_ALIAS_TABLE.has(ts[i]!.text.toUpperCase())))) {
        alias = unquote(ts[i]!.text);
        i++;
      }
      sources.push({ name: alias, columns: table.columns.map((c) => ({ name: c.name, meta: c.meta })) });
    } else return null;
    // Skip the join condition and hints up to the next table reference.
    while (i < ts.length) {
      const x = ts[i]!;
      if (x.text === ',' || isWord(x, 'JOIN', 'STRAIGHT_JOIN')) { i++; break; }
      i = x.text === '(' ? matching(ts, i) + 1 : i + 1;
    }
  }
  return sources;
}

function column(ctx: Ctx, table: string | null, name: string): ColumnMeta | null {
  for (const s of ctx.sources) {
    if (table !== null && !same(s.name, table)) continue;
    const c = s.columns.find((x) => same(x.name, name));
    if (c) return c.meta;
  }
  return null;
}

/** isOperandEnd: the token can end an operand, so a following + or - is binary. */
function isOperandEnd(t: Token): boolean {
  if (t.kind === 'punct') return t.text === ')';
  if (t.kind === 'word') return !PREFIX_WORDS.has(t.text.toUpperCase()) || isWord(t, 'END');
  return true;
}

type NumClass = 'int' | 'decimal' | 'real';

function numClass(m: ColumnMeta): NumClass {
  if (m.type === 'NEWDECIMAL' || m.type === 'DECIMAL') return 'decimal';
  if (m.type === 'DOUBLE' || m.type === 'FLOAT' || isStringType(m.type)) return 'real';
  if (isTemporalType(m.type) && m.decimals) return 'decimal';
  return 'int';
}

/** arith is the result type of `a op b` for MySQL's arithmetic operators. */
function arith(a: ColumnMeta | null, b: ColumnMeta | null, op: string): ColumnMeta | null {
  if (!a || !b) return null;
  const ca = numClass(a);
  const cb = numClass(b);
  const da = ca === 'decimal' ? (a.decimals ?? 0) : 0;
  const db = cb === 'decimal' ? (b.decimals ?? 0) : 0;
  // Integer + - * DIV are unsigned when either operand is (Item_num_op), % when its left operand is.
  const unsigned = !!a.unsigned || !!b.unsigned;
  if (op === '/') return ca === 'real' || cb === 'real' ? meta('DOUBLE') : meta('NEWDECIMAL', { decimals: Math.min(30, da + 4) });
  if (op === 'DIV') return meta('LONGLONG', { unsigned });
  if (ca === 'real' || cb === 'real') return meta('DOUBLE');
  if (ca === 'decimal' || cb === 'decimal') return meta('NEWDECIMAL', { decimals: op === '*' ? Math.min(30, da + db) : Math.max(da, db) });
  return meta('LONGLONG', { unsigned: op === '%' || op === 'MOD' ? !!a.unsigned : unsigned });
}

function typeExpr(ts: Token[], ctx: Ctx): ColumnMeta | null {
  if (ts.length === 0) return null;
  if (tops(ts, (t) => (t.kind === 'punct' && COMPARE.has(t.text)) || isWord(t, ...LOGIC)).length) return meta('LONGLONG');
  if (tops(ts, (t) => t.kind === 'punct' && BIT_OPS.has(t.text)).length) return meta('LONGLONG', { unsigned: true });
  const collate = tops(ts, (t) => isWord(t, 'COLLATE'))[0];
  if (collate !== undefined) return typeExpr(ts.slice(0, collate), ctx);
  const add = tops(ts, (t, i) => (t.text === '+' || t.text === '-') && t.kind === 'punct' && i > 0 && isOperandEnd(ts[i - 1]!));
  if (add.length) return additive(ts, add, ctx);
  const mul = tops(ts, (t, i) => i > 0 && ((t.kind === 'punct' && (t.text === '*' || t.text === '/' || t.text === '%')) || isWord(t, 'DIV', 'MOD')));
  if (mul.length) {
    const parts = splitAt(ts, mul);
    let m = typeExpr(parts[0]!, ctx);
    for (let k = 0; k < mul.length; k++) m = arith(m, typeExpr(parts[k + 1]!, ctx), ts[mul[k]!]!.text.toUpperCase());
    return m;
  }
  const head = ts[0]!;
  if (head.text === '-' || head.text === '+') {
    const m = typeExpr(ts.slice(1), ctx);
    if (!m) return null;
    if (isIntType(m.type) || (isTemporalType(m.type) && !m.decimals)) return meta('LONGLONG');
    return numClass(m) === 'real' ? meta('DOUBLE') : m;
  }
  if (isWord(head, 'BINARY') && ts.length > 1) {
    const m = typeExpr(ts.slice(1), ctx);
    return m && isStringType(m.type) ? { ...m, binary: true } : m;
  }
  return typePrimary(ts, ctx);
}

function additive(ts: Token[], at: number[], ctx: Ctx): ColumnMeta | null {
  const parts = splitAt(ts, at);
  const interval = parts.findIndex((p) => isWord(p[0], 'INTERVAL'));
  if (interval >= 0) {
    const other = typeExpr(parts[interval === 0 ? 1 : 0]!, ctx);
    const p = parts[interval]!;
    return dateArith(other, p[p.length - 1]?.text.toUpperCase() ?? 'DAY');
  }
  let m = typeExpr(parts[0]!, ctx);
  for (let k = 0; k < at.length; k++) m = arith(m, typeExpr(parts[k + 1]!, ctx), ts[at[k]!]!.text);
  return m;
}

const DAY_UNITS = new Set(['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR', 'YEAR_MONTH']);

/** dateArith is DATE_ADD's result type: DATE stays DATE for day-or-longer units, temporals become DATETIME, strings stay strings. */
function dateArith(d: ColumnMeta | null, unit: string): ColumnMeta | null {
  if (!d) return null;
  if (d.type === 'DATE') return DAY_UNITS.has(unit) ? meta('DATE') : meta('DATETIME');
  if (d.type === 'TIME') return meta('TIME');
  if (isTemporalType(d.type)) return meta('DATETIME', { decimals: d.decimals });
  return meta('VAR_STRING');
}

function typePrimary(ts: Token[], ctx: Ctx): ColumnMeta | null {
  const head = ts[0]!;
  const n = ts.length;
  if (head.text === '(' && matching(ts, 0) === n - 1) {
    const inner = ts.slice(1, -1);
    if (isWord(unwrap(inner)[0], 'SELECT')) return typeQuery(inner, ctx)?.[0]?.meta ?? null;
    if (tops(inner, (t) => t.text === ',').length) return null;
    return typeExpr(inner, ctx);
  }
  if (isWord(head, 'CASE') && isWord(ts[n - 1], 'END')) return typeCase(ts.slice(1, -1), ctx);
  if (n >= 3 && head.kind === 'word' && ts[1]!.text === '(' && matching(ts, 1) === n - 1) return typeFunction(head.text.toUpperCase(), ts.slice(2, -1), ctx);
  if (n === 1) return typeAtom(head, ctx);
  if (n === 3 && ts[1]!.text === '.') return column(ctx, unquote(head.text), unquote(ts[2]!.text));
  if (n === 5 && ts[1]!.text === '.' && ts[3]!.text === '.') return column(ctx, unquote(ts[2]!.text), unquote(ts[4]!.text));
  if (n === 2 && ts[1]!.kind === 'string') {
    if (isWord(head, 'DATE')) return meta('DATE');
    if (isWord(head, 'TIME')) return meta('TIME');
    if (isWord(head, 'TIMESTAMP')) return meta('DATETIME');
    if (head.kind === 'word' && head.text.startsWith('_')) return meta('VAR_STRING');
  }
  return null;
}

const NOW_WORDS: Record<string, ColumnMeta> = {
  CURRENT_TIMESTAMP: meta('DATETIME'), LOCALTIME: meta('DATETIME'), LOCALTIMESTAMP: meta('DATETIME'), UTC_TIMESTAMP: meta('DATETIME'),
  CURRENT_DATE: meta('DATE'), UTC_DATE: meta('DATE'), CURRENT_TIME: meta('TIME'), UTC_TIME: meta('TIME'), CURRENT_USER: meta('VAR_STRING'),
};

function typeAtom(t: Token, ctx: Ctx): ColumnMeta | null {
  if (t.kind === 'number') {
    if (/[eE]/.test(t.text)) return meta('DOUBLE');
    const dot = t.text.indexOf('.');
    if (dot >= 0) return meta('NEWDECIMAL', { decimals: t.text.length - dot - 1 });
    const v = BigInt(t.text);
    if (v <= 9223372036854775807n) return meta('LONGLONG');
    return v <= 18446744073709551615n ? meta('LONGLONG', { unsigned: true }) : meta('NEWDECIMAL');
  }
  if (t.kind === 'string') return meta('VAR_STRING');
  if (t.kind === 'param') return null;
  if (t.kind === 'word') {
    const up = t.text.toUpperCase();
    if (up === 'NULL') return meta('NULL');
    if (up === 'TRUE' || up === 'FALSE') return meta('LONGLONG');
    if (NOW_WORDS[up]) return NOW_WORDS[up]!;
    if (t.text.startsWith('@')) return null;
  }
  if (t.kind === 'word' || t.kind === 'quoted') return column(ctx, null, unquote(t.text));
  return null;
}

function typeCase(ts: Token[], ctx: Ctx): ColumnMeta | null {
  const marks = tops(ts, (t) => isWord(t, 'WHEN', 'THEN', 'ELSE'));
  const branches: Token[][] = [];
  for (let k = 0; k < marks.length; k++) {
    const word = ts[marks[k]!]!.text.toUpperCase();
    if (word !== 'THEN' && word !== 'ELSE') continue;
    branches.push(ts.slice(marks[k]! + 1, marks[k + 1] ?? ts.length));
  }
  const metas = branches.map((b) => typeExpr(b, ctx));
  if (metas.length === 0 || metas.some((m) => m === null)) return null;
  // A CASE without ELSE can be NULL, which does not change its type.
  return aggregateMeta(metas as ColumnMeta[]);
}

const FIXED: Record<string, ColumnMeta> = {};
const fix = (m: ColumnMeta, names: string) => { for (const n of names.split(' ')) FIXED[n] = m; };
fix(meta('LONGLONG'), 'COUNT SLEEP GET_LOCK RELEASE_LOCK IS_FREE_LOCK LENGTH OCTET_LENGTH CHAR_LENGTH CHARACTER_LENGTH BIT_LENGTH LOCATE POSITION INSTR FIELD FIND_IN_SET ASCII ORD STRCMP YEAR MONTH DAY DAYOFMONTH DAYOFWEEK DAYOFYEAR WEEKDAY WEEK WEEKOFYEAR QUARTER HOUR MINUTE SECOND MICROSECOND TO_DAYS TO_SECONDS DATEDIFF TIMESTAMPDIFF PERIOD_ADD PERIOD_DIFF YEARWEEK SIGN ROW_COUNT FOUND_ROWS ISNULL INTERVAL EXISTS REGEXP_LIKE REGEXP_INSTR JSON_LENGTH JSON_CONTAINS JSON_DEPTH JSON_VALID BENCHMARK ROW_NUMBER RANK DENSE_RANK NTILE GROUPING UNIX_TIMESTAMP BIT_COUNT TIME_TO_SEC');
fix(meta('LONGLONG', { unsigned: true }), 'CONNECTION_ID LAST_INSERT_ID CRC32 UUID_SHORT BIT_AND BIT_OR BIT_XOR INET_ATON IS_USED_LOCK');
fix(meta('DOUBLE'), 'RAND PI SQRT POW POWER EXP LN LOG LOG2 LOG10 SIN COS TAN ASIN ACOS ATAN ATAN2 COT DEGREES RADIANS STD STDDEV STDDEV_POP STDDEV_SAMP VARIANCE VAR_POP VAR_SAMP PERCENT_RANK CUME_DIST');
fix(meta('VAR_STRING'), 'CONCAT CONCAT_WS LOWER LCASE UPPER UCASE SUBSTRING SUBSTR MID LEFT RIGHT TRIM LTRIM RTRIM REPLACE REPEAT LPAD RPAD REVERSE SPACE INSERT ELT DATE_FORMAT TIME_FORMAT FORMAT HEX BIN OCT CONV DATABASE SCHEMA VERSION USER CURRENT_USER SESSION_USER SYSTEM_USER UUID MD5 SHA SHA1 SHA2 TO_BASE64 QUOTE SOUNDEX MONTHNAME DAYNAME INET_NTOA SUBSTRING_INDEX REGEXP_REPLACE REGEXP_SUBSTR JSON_UNQUOTE CHARSET COLLATION');
fix(meta('VAR_STRING', { binary: true }), 'UNHEX CHAR FROM_BASE64');
// GROUP_CONCAT is TEXT (BLOB on the wire) while group_concat_max_len is over 512 (the default is 1024).
fix(meta('BLOB'), 'GROUP_CONCAT');
fix(meta('JSON'), 'JSON_EXTRACT JSON_OBJECT JSON_ARRAY JSON_SET JSON_INSERT JSON_REPLACE JSON_REMOVE JSON_MERGE_PATCH JSON_ARRAYAGG JSON_OBJECTAGG');
fix(meta('DATETIME'), 'NOW SYSDATE CURRENT_TIMESTAMP LOCALTIME LOCALTIMESTAMP UTC_TIMESTAMP FROM_UNIXTIME TIMESTAMP STR_TO_DATE CONVERT_TZ');
fix(meta('DATE'), 'CURDATE CURRENT_DATE UTC_DATE DATE FROM_DAYS MAKEDATE LAST_DAY');
fix(meta('TIME'), 'CURTIME CURRENT_TIME UTC_TIME TIME SEC_TO_TIME TIMEDIFF MAKETIME');

function typeFunction(name: string, inner: Token[], ctx: Ctx): ColumnMeta | null {
  if (FIXED[name]) return FIXED[name]!;
  const args = commaParts(inner).map((a) => (isWord(a[0], 'DISTINCT', 'ALL') ? a.slice(1) : a));
  const arg = (k: number) => (args[k] ? typeExpr(args[k]!, ctx) : null);
  switch (name) {
    case 'SUM':
    case 'AVG': {
      const m = arg(0);
      if (!m) return null;
      const c = numClass(m);
      if (c === 'real') return meta('DOUBLE');
      const d = c === 'decimal' ? (m.decimals ?? 0) : 0;
      return meta('NEWDECIMAL', { decimals: name === 'AVG' ? Math.min(30, d + 4) : d });
    }
    case 'MIN': case 'MAX': case 'ANY_VALUE': case 'FIRST_VALUE': case 'LAST_VALUE': case 'LAG': case 'LEAD': case 'NTH_VALUE': case 'NULLIF':
      return arg(0);
    case 'IF':
      return merge([arg(1), arg(2)]);
    case 'IFNULL': case 'COALESCE': case 'GREATEST': case 'LEAST':
      return merge(args.map((_a, k) => arg(k)));
    case 'ABS': {
      const m = arg(0);
      return m && isIntType(m.type) ? meta('LONGLONG', { unsigned: m.unsigned }) : m && numClass(m) === 'real' ? meta('DOUBLE') : m;
    }
    case 'ROUND': case 'TRUNCATE': {
      const m = arg(0);
      if (!m) return null;
      const c = numClass(m);
      if (c === 'real') return meta('DOUBLE');
      if (c === 'int') return meta('LONGLONG', { unsigned: m.unsigned });
      const places = args[1]?.length === 1 && args[1][0]!.kind === 'number' ? Number(args[1][0]!.text) : args[1] ? (m.decimals ?? 0) : 0;
      return meta('NEWDECIMAL', { decimals: Math.max(0, Math.min(places, m.decimals ?? 0)) });
    }
    case 'FLOOR': case 'CEIL': case 'CEILING': {
      const m = arg(0);
      return m ? (numClass(m) === 'real' ? meta('DOUBLE') : meta('LONGLONG')) : null;
    }
    case 'MOD':
      return arith(arg(0), arg(1), '%');
    case 'CAST': {
      const as = tops(inner, (t) => isWord(t, 'AS'));
      return as.length ? castMeta(inner.slice(as[as.length - 1]! + 1)) : null;
    }
    case 'CONVERT':
      if (tops(inner, (t) => isWord(t, 'USING')).length) return meta('VAR_STRING');
      return args[1] ? castMeta(args[1]) : null;
    case 'DATE_ADD': case 'DATE_SUB': case 'ADDDATE': case 'SUBDATE': {
      const iv = args[1] ?? [];
      return dateArith(arg(0), isWord(iv[0], 'INTERVAL') ? (iv[iv.length - 1]?.text.toUpperCase() ?? 'DAY') : 'DAY');
    }
  }
  return null;
}

function merge(metas: (ColumnMeta | null)[]): ColumnMeta | null {
  return metas.length && metas.every((m) => m !== null) ? aggregateMeta(metas as ColumnMeta[]) : null;
}

/** castMeta is the result type of CAST(x AS <type>). */
function castMeta(tt: Token[]): ColumnMeta | null {
  const word = tt[0]?.text.toUpperCase() ?? '';
  const nums = tt.filter((t) => t.kind === 'number').map((t) => Number(t.text));
  switch (word) {
    case 'SIGNED': return meta('LONGLONG');
    case 'UNSIGNED': return meta('LONGLONG', { unsigned: true });
    case 'DECIMAL': return meta('NEWDECIMAL', { decimals: nums[1] ?? 0 });
    case 'CHAR': case 'NCHAR': case 'VARCHAR': return meta('VAR_STRING');
    case 'BINARY': return meta('VAR_STRING', { binary: true });
    case 'DATE': return meta('DATE');
    case 'DATETIME': return meta('DATETIME', { decimals: nums[0] ?? 0 });
    case 'TIME': return meta('TIME', { decimals: nums[0] ?? 0 });
    case 'JSON': return meta('JSON');
    case 'DOUBLE': case 'REAL': return meta('DOUBLE');
    case 'FLOAT': return (nums[0] ?? 0) > 24 ? meta('DOUBLE') : meta('FLOAT');
    case 'YEAR': return meta('YEAR');
  }
  return null;
}
