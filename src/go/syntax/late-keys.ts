/**
 * late-keys: lazy keys (src/go/lazy.ts) that a compile found it needed only while compiling, after `prepare`:
 * the diagnostics chunk (`go:diag`) is needed only by programs with errors, which no detector can know in
 * advance. A compile that records one here has reported at least one error whose text is a placeholder; the
 * caller (the browser worker) loads the keys and compiles again, so a learner never sees that text. Under Node
 * every part is loaded eagerly and nothing is ever recorded.
 */

const late = new Set<string>();

/** needLate records that the compile in progress needed `key`, which is not loaded (its result must not be shown). */
export function needLate(key: string): void {
  late.add(key);
}

/** hasLateKeys says whether a key was recorded since the last takeLateKeys. */
export function hasLateKeys(): boolean {
  return late.size > 0;
}

/** takeLateKeys returns the keys recorded since its last call and forgets them. */
export function takeLateKeys(): string[] {
  const keys = [...late];
  late.clear();
  return keys;
}
