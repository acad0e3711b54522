/** sql-pattern: how a fault rule's `sql` pattern matches a statement (no dependencies, so the browser worker can use it without the plan's zod schema). */

/** sqlMatches applies a rule's SQL pattern (substring, case-insensitive, or /regex/). */
export function sqlMatches(pattern: string | undefined, sql: string | undefined): boolean {
  if (pattern === undefined) return true;
  if (sql === undefined) return false;
  const m = pattern.match(/^\/(.*)\/([a-z]*)$/s);
  if (m) return new RegExp(m[1]!, m[2]).test(sql);
  return sql.toLowerCase().includes(pattern.toLowerCase());
}
