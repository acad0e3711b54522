/**
 * names: how the checker names packages and types. pkgName is logic (an import's default name); typeString is for
 * messages only and lives in the diagnostics chunk (typestring.ts, key `go:diag`): while that is not loaded, a call
 * records `go:diag` as needed late and returns a placeholder that is never shown (src/go/syntax/late-keys.ts).
 */
import { needLate } from '../syntax/late-keys.ts';
import { typesHooks } from './hooks.ts';
import type { Type } from './types.ts';

let any: Type | undefined;

/** anyInterface is the universe's `any` (printed as `any`); set by universe.ts. */
export function anyInterface(): Type | undefined {
  return any;
}

/** setAnyInterface registers the universe's any. */
export function setAnyInterface(t: Type): void {
  any = t;
}

/** pkgName is the package name of an import path (its last element). */
export function pkgName(path: string): string {
  const parts = path.split('/');
  let last = parts[parts.length - 1];
  if (/^v[0-9]+$/.test(last) && parts.length > 1) last = parts[parts.length - 2];
  if (path === 'github.com/go-sql-driver/mysql') return 'mysql';
  return last;
}

/** typeString renders t for messages as types2 does (typestring.ts; a placeholder while `go:diag` is not loaded). */
export function typeString(t: Type): string {
  const f = typesHooks.typeString;
  if (!f) {
    needLate('go:diag');
    return '?';
  }
  return f(t);
}
