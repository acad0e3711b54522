import { isWord, significant, tokenize, unquote, type Token } from './tokenize.ts';

/** UniqueKey is a unique index MySQL would name in a 1062 error (`users.email`, `users.PRIMARY`). */
export interface UniqueKey { table: string; name: string; columns: string[] }

/** Translation is MySQL SQL rewritten for SQLite, plus what the catalog must remember. */
export interface Translation { sql: string; uniqueKeys: UniqueKey[]; datetimeColumns: string[] }

const INT_TYPES = ['INT', 'INTEGER', 'BIGINT', 'SMALLINT', 'TINYINT', 'MEDIUMINT'];

function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** translateToSqlite rewrites the MySQL dialect the course uses into SQL that sql.js runs. */
export function translateToSqlite(sql: string): Translation {
  const tokens = tokenize(sql);
  const sig = significant(tokens);
  const uniqueKeys: UniqueKey[] = [];
  const datetimeColumns: string[] = [];
  if (isWord(sig[0], 'CREATE') && (isWord(sig[1], 'TABLE') || (isWord(sig[1], 'TEMPORARY') && isWord(sig[2], 'TABLE')))) {
    return translateCreateTable(sig, uniqueKeys, datetimeColumns);
  }
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    out.push(translateToken(t, tokens, i));
  }
  let text = out.join('');
  if (isWord(sig[0], 'DO')) text = text.replace(/^\s*DO\b/i, 'SELECT');
  if (isWord(sig[0], 'INSERT') && isWord(sig[1], 'IGNORE')) text = text.replace(/^\s*INSERT\s+IGNORE\b/i, 'INSERT OR IGNORE');
  if (isWord(sig[0], 'START') && isWord(sig[1], 'TRANSACTION')) text = 'BEGIN';
  text = text.replace(/\bFOR\s+UPDATE\b/gi, '').replace(/\bLOCK\s+IN\s+SHARE\s+MODE\b/gi, '');
  return { sql: text, uniqueKeys, datetimeColumns };
}

function translateToken(t: Token, tokens: Token[], i: number): string {
  if (t.kind === 'quoted') return `"${unquote(t.text).replace(/"/g, '""')}"`;
  if (t.kind === 'string') return sqlString(unquote(t.text));
  if (t.kind === 'word') {
    const up = t.text.toUpperCase();
    const next = nextSignificant(tokens, i);
    if ((up === 'CURRENT_TIMESTAMP' || up === 'LOCALTIMESTAMP') && next?.text !== '(') return 'NOW()';
    if (up === 'IF' && next?.text === '(') return 'IIF';
    if (up === 'LAST_INSERT_ID' && next?.text === '(') return 'last_insert_rowid';
  }
  return t.text;
}

function nextSignificant(tokens: Token[], i: number): Token | undefined {
  for (let j = i + 1; j < tokens.length; j++) {
    const k = tokens[j]!.kind;
    if (k !== 'space' && k !== 'comment') return tokens[j];
  }
  return undefined;
}

function identName(t: Token | undefined): string {
  return t ? unquote(t.text) : '';
}

function renderTokens(ts: Token[]): string {
  return ts.map((t, i) => translateToken(t, ts, i)).join(' ');
}

/** splitTopLevel splits tokens at commas outside parentheses. */
function splitTopLevel(ts: Token[]): Token[][] {
  const parts: Token[][] = [[]];
  let depth = 0;
  for (const t of ts) {
    if (t.text === '(') depth++;
    if (t.text === ')') depth--;
    if (t.text === ',' && depth === 0) parts.push([]);
    else parts[parts.length - 1]!.push(t);
  }
  return parts.filter((p) => p.length > 0);
}

function parenColumns(ts: Token[], from: number): string[] {
  const cols: string[] = [];
  for (let i = from; i < ts.length && ts[i]!.text !== ')'; i++) {
    const t = ts[i]!;
    if (t.kind === 'word' || t.kind === 'quoted') cols.push(identName(t));
  }
  return cols;
}

function translateCreateTable(sig: Token[], uniqueKeys: UniqueKey[], datetimeColumns: string[]): Translation {
  const open = sig.findIndex((t) => t.text === '(');
  if (open < 0) return { sql: sig.map((t) => t.text).join(' '), uniqueKeys, datetimeColumns };
  let depth = 0;
  let close = -1;
  for (let i = open; i < sig.length; i++) {
    if (sig[i]!.text === '(') depth++;
    if (sig[i]!.text === ')' && --depth === 0) { close = i; break; }
  }
  if (close < 0) return { sql: sig.map((t) => t.text).join(' '), uniqueKeys, datetimeColumns };
  const head = sig.slice(0, open);
  const table = identName(head[head.length - 1]);
  const defs: string[] = [];
  for (const part of splitTopLevel(sig.slice(open + 1, close))) {
    const first = part[0]!;
    if (isWord(first, 'KEY', 'INDEX', 'FULLTEXT', 'SPATIAL')) continue;
    if (isWord(first, 'PRIMARY')) {
      uniqueKeys.push({ table, name: 'PRIMARY', columns: parenColumns(part, part.findIndex((t) => t.text === '(') + 1) });
      defs.push(renderTokens(part));
      continue;
    }
    if (isWord(first, 'UNIQUE')) {
      const p = part.findIndex((t) => t.text === '(');
      const cols = parenColumns(part, p + 1);
      const named = p > 1 && !isWord(part[p - 1], 'KEY', 'INDEX', 'UNIQUE');
      uniqueKeys.push({ table, name: named ? identName(part[p - 1]) : cols[0]!, columns: cols });
      defs.push(`UNIQUE (${cols.map((c) => `"${c}"`).join(', ')})`);
      continue;
    }
    if (isWord(first, 'CONSTRAINT', 'FOREIGN', 'CHECK')) { defs.push(renderTokens(part)); continue; }
    defs.push(translateColumnDef(table, part, uniqueKeys, datetimeColumns));
  }
  const headText = head.map((t) => (t.kind === 'quoted' ? `"${unquote(t.text)}"` : t.text)).join(' ');
  return { sql: `${headText} (${defs.join(', ')})`, uniqueKeys, datetimeColumns };
}

function translateColumnDef(table: string, part: Token[], uniqueKeys: UniqueKey[], datetimeColumns: string[]): string {
  const name = identName(part[0]);
  const rest = part.slice(1);
  const auto = rest.some((t) => isWord(t, 'AUTO_INCREMENT'));
  const typeWord = rest[0]?.text.toUpperCase() ?? '';
  if (typeWord.startsWith('DATETIME') || typeWord === 'TIMESTAMP' || typeWord === 'DATE') datetimeColumns.push(`${table}.${name}`);
  const out: string[] = [`"${name}"`];
  let i = 0;
  // The type, with MySQL's display width and attributes folded away where SQLite would choke.
  if (rest[0]) {
    let type = rest[0].text;
    i = 1;
    if (rest[1]?.text === '(') {
      const end = rest.findIndex((t, k) => k > 1 && t.text === ')');
      const inner = rest.slice(2, end);
      if (/^(ENUM|SET)$/i.test(type)) type = 'TEXT';
      else if (!(auto && INT_TYPES.includes(type.toUpperCase()))) type += `(${inner.map((t) => t.text).join('')})`;
      i = end + 1;
    }
    if (auto && INT_TYPES.includes(rest[0].text.toUpperCase())) type = 'INTEGER';
    out.push(type);
  }
  let unique = false;
  let primary = false;
  for (; i < rest.length; i++) {
    const t = rest[i]!;
    if (isWord(t, 'AUTO_INCREMENT', 'UNSIGNED', 'ZEROFILL', 'SIGNED')) continue;
    if (isWord(t, 'COMMENT')) { i++; continue; }
    if (isWord(t, 'CHARACTER') && isWord(rest[i + 1], 'SET')) { i += 2; continue; }
    if (isWord(t, 'CHARSET', 'COLLATE')) { i++; continue; }
    if (isWord(t, 'ON') && isWord(rest[i + 1], 'UPDATE')) { i += 2; if (rest[i + 1]?.text === '(') i += 2; continue; }
    if (isWord(t, 'UNIQUE')) { unique = true; if (isWord(rest[i + 1], 'KEY')) i++; out.push('UNIQUE'); continue; }
    if (isWord(t, 'PRIMARY')) primary = true;
    out.push(translateToken(t, rest, i));
  }
  if (primary) uniqueKeys.push({ table, name: 'PRIMARY', columns: [name] });
  if (unique) uniqueKeys.push({ table, name, columns: [name] });
  return out.join(' ');
}
