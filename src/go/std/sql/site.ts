/** site: where a database/sql call is in the learner's source (file, line, the call's column), for ownership and limit reports. */
import type { Site } from '../../../sim/site.ts';
import type { World } from '../../../sim/world.ts';
import { sqlEnv, type SqlEnv } from './env.ts';

const lineCache = new WeakMap<object, Map<string, string[]>>();

function linesOf(env: SqlEnv, file: string): string[] | undefined {
  if (!env.sources) return undefined;
  let m = lineCache.get(env.sources);
  if (!m) { m = new Map(); lineCache.set(env.sources, m); }
  let ls = m.get(file);
  if (!ls) {
    const base = file.split('/').pop();
    const f = env.sources.find((s) => s.name === file || s.name === base);
    if (!f) return undefined;
    ls = f.text.split('\n');
    m.set(file, ls);
  }
  return ls;
}

const colCache = new Map<string, number>();

/** callColumn finds the column of the call `x.Method(` (go/ast's CallExpr position: the start of x) on a line. */
export function callColumn(line: string, method: string): number {
  const key = method + '\u0000' + line;
  const hit = colCache.get(key);
  if (hit !== undefined) return hit;
  const col = findColumn(line, method);
  if (colCache.size > 10_000) colCache.clear();
  colCache.set(key, col);
  return col;
}

function findColumn(line: string, method: string): number {
  const re = new RegExp(`\\.${method}\\s*\\(`, 'g');
  const m = re.exec(line);
  if (!m) return 1;
  let i = m.index;
  // walk back over the receiver: identifiers, dots, calls and index expressions without spaces
  let depth = 0;
  while (i > 0) {
    const c = line[i - 1]!;
    if (c === ')' || c === ']') { depth++; i--; continue; }
    if (c === '(' || c === '[') { if (depth === 0) break; depth--; i--; continue; }
    if (depth > 0 || /[A-Za-z0-9_.]/.test(c)) { i--; continue; }
    break;
  }
  return i + 1;
}

/** siteOf is where goroutine g is now: the innermost learner frame, with the call's column when sources are known. */
export function siteOf(world: World, g: any, method: string): Site | undefined {
  const fs = g?.fs as { fn: { name: string; file: string }; p: number }[] | undefined;
  if (!fs || fs.length === 0) return undefined;
  let f = fs[fs.length - 1]!;
  for (let k = fs.length - 1; k >= 0; k--) if (!fs[k]!.fn.file.startsWith('/usr/lib/go')) { f = fs[k]!; break; }
  const file = f.fn.file.split('/').pop()!;
  const ls = linesOf(sqlEnv(world), f.fn.file);
  const col = ls && ls[f.p - 1] !== undefined ? callColumn(ls[f.p - 1]!, method) : 1;
  return { file, line: f.p, col, func: f.fn.name };
}
