/**
 * late-keys: lazy keys (src/go/lazy.ts) that a compile found it needed only while compiling, after `prepare`:
 * the diagnostics chunk (`go:diag`) is needed only by programs with errors, which no detector can know in
 * advance. A compile that records one here has reported at least one error whose text is a placeholder; the
 * caller (the browser worker) loads the keys and does its work again, so a learner never sees that text. The
 * caller compares lateCount before and after its work (not a list it takes away: requests of the worker
 * interleave, and one must not take another's record). Under Node every part is loaded eagerly and nothing is
 * ever recorded.
 */

const keys = new Set<string>();
let count = 0;

/** needLate records that the compile in progress needed `key`, which is not loaded (its result must not be shown). */
export function needLate(key: string): void {
  keys.add(key);
  count++;
}

/** lateCount counts the needLate calls so far: work during which it changed must be done again once lateKeys are loaded. */
export function lateCount(): number {
  return count;
}

/** lateKeys lists every key recorded so far (loading one that is already loaded does nothing). */
export function lateKeys(): string[] {
  return [...keys];
}
