/**
 * user-locks: MySQL's user-level (named) locks — GET_LOCK, RELEASE_LOCK, RELEASE_ALL_LOCKS, IS_FREE_LOCK and
 * IS_USED_LOCK. A lock belongs to a session, is re-entrant (each GET_LOCK by the holder counts, each RELEASE_LOCK
 * undoes one), and every lock of a session is released when the session ends (quit, KILL, wait_timeout). The
 * server evaluates these calls itself, before SQLite sees the statement: each call with literal or `?`
 * arguments is replaced by its result, and a GET_LOCK that must wait makes the whole statement wait on the
 * virtual clock (state "User lock" in PROCESSLIST) until the lock is free or its timeout passes (result 0).
 */
import { tokenize, type Token } from './tokenize.ts';
import { ServerError } from './server-error.ts';
import type { SqlValue } from './sql-values.ts';
import { Second, type Nanos } from '../sim/time.ts';

/** LockStep is what the server does with a statement: run the rewritten text, wait for a lock, or fail. */
export type LockStep =
  | { kind: 'run'; sql: string; params: SqlValue[] }
  | { kind: 'wait'; name: string; timeout: Nanos | null }
  | { kind: 'error'; error: ServerError };

const FUNCS = new Set(['GET_LOCK', 'RELEASE_LOCK', 'RELEASE_ALL_LOCKS', 'IS_FREE_LOCK', 'IS_USED_LOCK']);
/** MAX_NAME is the longest lock name MySQL accepts (64 characters). */
const MAX_NAME = 64;

/** mentionsUserLocks says whether a statement text may call a user-lock function (a cheap pre-check). */
export function mentionsUserLocks(sql: string): boolean {
  return /_LOCKS?\s*\(/i.test(sql);
}

/**
 * checkableUserLocks is a statement text the SQL engine can check when preparing it: each user-lock function
 * becomes a built-in SQLite function over the same arguments (so the `?` count is unchanged); the server evaluates
 * the real calls when the statement runs.
 */
export function checkableUserLocks(sql: string): string {
  return tokenize(sql).map((t) => {
    if (t.kind !== 'word') return t.text;
    const f = t.text.toUpperCase();
    return f === 'RELEASE_ALL_LOCKS' ? 'ABS' : f === 'GET_LOCK' ? 'COALESCE' : FUNCS.has(f) ? 'LOWER' : t.text;
  }).join('').replace(/\bABS\s*\(\s*\)/gi, 'ABS(0)');
}

interface Call { start: number; end: number; fn: string; args: SqlValue[]; paramIdx: number[] }

/** UserLocks is one server's table of named locks. */
export class UserLocks {
  private readonly held = new Map<string, { session: number; count: number }>();
  private readonly waiters = new Map<string, (() => boolean)[]>();

  /** holder is the connection id holding `name`, or undefined. */
  holder(name: string): number | undefined {
    return this.held.get(name.toLowerCase())?.session;
  }

  /**
   * step evaluates the user-lock calls of one statement for `session`. `timedOut` names the locks whose
   * GET_LOCK already waited its whole timeout (they now answer 0). Nothing changes when the step is a wait.
   */
  step(session: number, sql: string, params: SqlValue[], timedOut: ReadonlySet<string> = NO_NAMES): LockStep {
    const toks = tokenize(sql);
    const calls = findCalls(toks, params);
    if (calls === null || calls.length === 0) return { kind: 'run', sql, params };
    for (const c of calls) {
      if (c.fn === 'RELEASE_ALL_LOCKS') continue;
      const bad = checkName(c.args[0]);
      if (bad) return { kind: 'error', error: bad };
    }
    for (const c of calls) {
      if (c.fn !== 'GET_LOCK') continue;
      const key = String(c.args[0]).toLowerCase();
      const h = this.held.get(key);
      const timeout = toSeconds(c.args[1]);
      if (h && h.session !== session && timeout !== 0 && !timedOut.has(key)) {
        return { kind: 'wait', name: key, timeout: timeout === null || timeout < 0 ? null : Math.round(timeout * Second) };
      }
    }
    const consumed = new Set<number>();
    let out = '';
    let at = 0;
    for (const c of calls) {
      out += sql.slice(at, c.start) + literal(this.apply(session, c));
      at = c.end;
      for (const i of c.paramIdx) consumed.add(i);
    }
    out += sql.slice(at);
    return { kind: 'run', sql: out, params: params.filter((_, i) => !consumed.has(i)) };
  }

  /** releaseAll frees every lock `session` holds (its end, or RELEASE_ALL_LOCKS) and returns how many levels it held. */
  releaseAll(session: number): number {
    if (this.held.size === 0) return 0;
    let n = 0;
    for (const [key, h] of [...this.held]) {
      if (h.session !== session) continue;
      n += h.count;
      this.held.delete(key);
      this.wake(key);
    }
    return n;
  }

  /** onFree queues `wake` until `name` is released; `wake` returns false when its waiter is gone (the next one is tried). */
  onFree(name: string, wake: () => boolean): void {
    const list = this.waiters.get(name) ?? [];
    this.waiters.set(name, list);
    list.push(wake);
  }

  /** forget removes a queued waiter (its timeout passed). */
  forget(name: string, wake: () => boolean): void {
    const list = this.waiters.get(name);
    const i = list ? list.indexOf(wake) : -1;
    if (i >= 0) list!.splice(i, 1);
  }

  private wake(key: string): void {
    const list = this.waiters.get(key);
    while (list && list.length > 0 && !this.held.has(key)) {
      const w = list.shift()!;
      w();
    }
    if (list && list.length === 0) this.waiters.delete(key);
  }

  private apply(session: number, c: Call): SqlValue {
    if (c.fn === 'RELEASE_ALL_LOCKS') return this.releaseAll(session);
    const key = String(c.args[0]).toLowerCase();
    const h = this.held.get(key);
    switch (c.fn) {
      case 'GET_LOCK':
        if (!h) { this.held.set(key, { session, count: 1 }); return 1; }
        if (h.session === session) { h.count++; return 1; }
        return 0; // waited its timeout (or timeout 0)
      case 'RELEASE_LOCK':
        if (!h) return null;
        if (h.session !== session) return 0;
        if (--h.count === 0) { this.held.delete(key); this.wake(key); }
        return 1;
      case 'IS_FREE_LOCK':
        return h ? 0 : 1;
      default: // IS_USED_LOCK
        return h ? h.session : null;
    }
  }
}

const NO_NAMES: ReadonlySet<string> = new Set();

function checkName(v: SqlValue | undefined): ServerError | null {
  const name = v === null || v === undefined ? '' : String(v);
  if (name === '' || name.length > MAX_NAME) return new ServerError(3057, '42000', `Incorrect user-level lock name '${v === null ? 'NULL' : name}'.`);
  return null;
}

function toSeconds(v: SqlValue | undefined): number | null {
  if (v === null || v === undefined) return null;
  const n = Number(typeof v === 'bigint' ? Number(v) : v);
  return Number.isFinite(n) ? n : null;
}

function literal(v: SqlValue): string {
  if (v === null) return 'NULL';
  return String(v);
}

/** findCalls finds the user-lock calls whose arguments are literals or `?`; null if one has other arguments (left to the engine). */
function findCalls(toks: Token[], params: SqlValue[]): Call[] | null {
  const calls: Call[] = [];
  let param = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind === 'param') { param++; continue; }
    if (t.kind !== 'word' || !FUNCS.has(t.text.toUpperCase())) continue;
    let j = i + 1;
    while (toks[j]?.kind === 'space' || toks[j]?.kind === 'comment') j++;
    if (toks[j]?.text !== '(') continue;
    const args: SqlValue[] = [];
    const paramIdx: number[] = [];
    let k = j + 1;
    let ok = true;
    for (;;) {
      while (toks[k]?.kind === 'space' || toks[k]?.kind === 'comment') k++;
      const a = toks[k];
      if (!a) { ok = false; break; }
      if (a.text === ')' && args.length === 0) break;
      let neg = false;
      if (a.text === '-') { neg = true; k++; while (toks[k]?.kind === 'space') k++; }
      const v = toks[k];
      if (!v) { ok = false; break; }
      if (v.kind === 'string') args.push(unquote(v.text));
      else if (v.kind === 'number') args.push((neg ? -1 : 1) * Number(v.text));
      else if (v.kind === 'param') { paramIdx.push(param); args.push(params[param] ?? null); param++; }
      else if (v.kind === 'word' && v.text.toUpperCase() === 'NULL') args.push(null);
      else { ok = false; break; }
      k++;
      while (toks[k]?.kind === 'space' || toks[k]?.kind === 'comment') k++;
      if (toks[k]?.text === ',') { k++; continue; }
      if (toks[k]?.text === ')') break;
      ok = false;
      break;
    }
    if (!ok) return null;
    const fn = t.text.toUpperCase();
    const want = fn === 'GET_LOCK' ? 2 : fn === 'RELEASE_ALL_LOCKS' ? 0 : 1;
    if (args.length !== want) return null; // the engine reports the wrong argument count
    calls.push({ start: t.start, end: toks[k]!.start + 1, fn, args: args.map((a) => (typeof a === 'bigint' ? Number(a) : a)), paramIdx });
    i = k;
  }
  return calls;
}

function unquote(text: string): string {
  const q = text[0]!;
  let s = '';
  for (let i = 1; i < text.length - 1; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length - 1) { s += text[++i]; continue; }
    if (c === q && text[i + 1] === q) { s += q; i++; continue; }
    s += c;
  }
  return s;
}
