import { coerceGlobal, likeToRegExp, type ServerVariables } from './server-variables.ts';
import { ServerError, errNoSuchThread } from './server-error.ts';
import { isWord, significant, tokenize, unquote, type Token } from './tokenize.ts';
import type { Session } from './session.ts';
import type { Column, SqlValue } from './sql-values.ts';
import type { Reply } from './wire.ts';

/** AdminHost is what the statements the server handles itself need from it. */
export interface AdminHost {
  variables: ServerVariables;
  processlist(full: boolean): SqlValue[][];
  statusRows(asker: Session): [string, string][];
  setGlobal(session: Session, name: keyof ServerVariables, value: number): void;
  kill(session: Session, target: number, what: 'query' | 'connection'): boolean;
  beginTx(session: Session): void;
  endTx(session: Session, how: 'commit' | 'rollback'): void;
}

const PROCESSLIST_COLUMNS: Column[] = ['Id', 'User', 'Host', 'db', 'Command', 'Time', 'State', 'Info'].map((name, i) => ({
  name, type: i === 0 || i === 5 ? 'LONGLONG' : 'VAR_STRING',
}));

const OK: Reply = { kind: 'ok', affectedRows: 0, lastInsertId: 0 };

function nameValue(name: string, rows: [string, string][], like: RegExp | null): Reply {
  return {
    kind: 'rows',
    columns: [{ name: 'Variable_name', type: 'VAR_STRING' }, { name: 'Value', type: 'VAR_STRING' }],
    rows: rows.filter(([n]) => !like || like.test(n)).map(([n, v]) => [n, v]),
  };
  void name;
}

function likeOf(sig: Token[], at: number): RegExp | null {
  return isWord(sig[at], 'LIKE') && sig[at + 1]?.kind === 'string' ? likeToRegExp(unquote(sig[at + 1]!.text)) : null;
}

/** adminStatement runs a statement the server answers itself (SHOW, SET, KILL, transactions), or returns null. */
export function adminStatement(host: AdminHost, session: Session, sql: string, params: SqlValue[]): Reply | null {
  const sig = significant(tokenize(sql)).filter((t, i, a) => !(t.text === ';' && i === a.length - 1));
  const w = (i: number, ...words: string[]) => isWord(sig[i], ...words);
  if (w(0, 'SHOW')) {
    let i = 1;
    if (w(i, 'FULL')) i++;
    if (w(i, 'PROCESSLIST')) return { kind: 'rows', columns: PROCESSLIST_COLUMNS, rows: host.processlist(w(1, 'FULL')) };
    i = 1;
    if (w(i, 'GLOBAL', 'SESSION', 'LOCAL')) i++;
    if (w(i, 'STATUS')) return nameValue('status', host.statusRows(session), likeOf(sig, i + 1));
    if (w(i, 'VARIABLES')) {
      const rows = Object.entries(host.variables).map(([k, v]) => [k, String(k === 'wait_timeout' && !w(1, 'GLOBAL') ? session.waitTimeout : v)] as [string, string]);
      rows.sort((a, b) => (a[0] < b[0] ? -1 : 1));
      return nameValue('variables', rows, likeOf(sig, i + 1));
    }
    return null;
  }
  if (w(0, 'BEGIN') || (w(0, 'START') && w(1, 'TRANSACTION'))) {
    host.beginTx(session);
    return OK;
  }
  if (w(0, 'COMMIT') || w(0, 'ROLLBACK')) {
    host.endTx(session, w(0, 'COMMIT') ? 'commit' : 'rollback');
    return OK;
  }
  if (w(0, 'KILL')) {
    let i = 1;
    let what: 'query' | 'connection' = 'connection';
    if (w(i, 'QUERY')) { what = 'query'; i++; } else if (w(i, 'CONNECTION')) i++;
    const t = sig[i];
    const id = t?.kind === 'param' ? Number(params[0]) : Number(t?.text);
    if (!Number.isInteger(id)) return null;
    return host.kill(session, id, what) ? OK : { kind: 'error', error: errNoSuchThread(id) };
  }
  if (w(0, 'SET')) return setStatement(host, session, sig, params);
  return null;
}

function setStatement(host: AdminHost, session: Session, sig: Token[], params: SqlValue[]): Reply {
  // SET [GLOBAL|SESSION] name = value [, ...] and SET @@global.name = value; other SETs are accepted as no-ops.
  let i = 1;
  let scope: 'global' | 'session' = 'session';
  if (isWord(sig[i], 'NAMES', 'CHARACTER', 'TRANSACTION')) return OK;
  let paramIndex = 0;
  while (i < sig.length) {
    if (isWord(sig[i], 'GLOBAL')) { scope = 'global'; i++; }
    else if (isWord(sig[i], 'SESSION', 'LOCAL')) { scope = 'session'; i++; }
    let name = sig[i]?.text ?? '';
    let varScope = scope;
    const m = name.match(/^@@(global|session|local)?\.?(.*)$/i);
    if (m) {
      varScope = m[1]?.toLowerCase() === 'global' ? 'global' : m[1] ? 'session' : scope;
      name = m[2] || (sig[i + 2]?.text ?? '');
      if (!m[2]) i += 2;
    }
    i++;
    if (sig[i]?.text !== '=' && sig[i]?.text !== ':=') return OK;
    i++;
    const valueTokens: Token[] = [];
    while (i < sig.length && sig[i]!.text !== ',') valueTokens.push(sig[i++]!);
    i++;
    const raw = valueTokens.length === 1 && valueTokens[0]!.kind === 'param'
      ? String(params[paramIndex++] ?? '')
      : valueTokens.map((t) => (t.kind === 'string' ? unquote(t.text) : t.text)).join('');
    if (name.startsWith('@')) continue;
    if (varScope === 'global') {
      const r = coerceGlobal(name, raw);
      if (r instanceof ServerError) return { kind: 'error', error: r };
      host.setGlobal(session, r.name, r.value);
    } else if (name.toLowerCase() === 'wait_timeout' || name.toLowerCase() === 'innodb_lock_wait_timeout') {
      const r = coerceGlobal(name, raw);
      if (r instanceof ServerError) return { kind: 'error', error: r };
      if (r.name === 'wait_timeout') session.waitTimeout = r.value;
      else session.lockWaitTimeout = r.value;
    }
  }
  return OK;
}

/** substituteSystemVariables replaces @@[GLOBAL.|SESSION.]name with its value (SELECT @@wait_timeout). */
export function substituteSystemVariables(host: AdminHost, session: Session, sql: string): string | ServerError {
  if (!sql.includes('@@') || /^\s*SET\b/i.test(sql)) return sql;
  let error: ServerError | null = null;
  const toks = tokenize(sql);
  const parts: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    let text = t.text;
    if (t.kind === 'word' && /^@@(global|session|local)$/i.test(t.text) && toks[i + 1]?.text === '.' && toks[i + 2]?.kind === 'word') {
      text = `${t.text}.${toks[i + 2]!.text}`;
      i += 2;
    }
    const m = t.kind === 'word' ? text.match(/^@@(?:(global|session|local)\.)?(\w+)$/i) : null;
    if (!m) { parts.push(text); continue; }
    const name = m[2]!.toLowerCase();
    const global = m[1]?.toLowerCase() === 'global';
    let v: string | number | undefined = (host.variables as unknown as Record<string, string | number>)[name];
    if (!global && name === 'wait_timeout') v = session.waitTimeout;
    if (!global && name === 'innodb_lock_wait_timeout') v = session.lockWaitTimeout;
    if (name === 'autocommit') v = 1;
    if (v === undefined) {
      error ??= new ServerError(1193, 'HY000', `Unknown system variable '${m[2]}'`);
      parts.push(text);
      continue;
    }
    parts.push(typeof v === 'number' ? String(v) : `'${v.replace(/'/g, "''")}'`);
  }
  const out = parts.join('');
  return error ?? out;
}
