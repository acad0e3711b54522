/**
 * text: a syntax error's text by number. The texts (src/go/syntax/texts.ts) are part of the `go:diag` chunk, which the
 * browser loads only after a compile that reported an error (src/go/syntax/late-keys.ts); Node loads them at once.
 */
import { syntaxHooks } from './hooks.ts';
import { needLate } from './late-keys.ts';

/** text returns syntax error `id` built from the site's values, or, while `go:diag` is not loaded, records it and returns a placeholder (never shown: the worker compiles again). */
export function text(id: number, ...a: unknown[]): string {
  const t = syntaxHooks.texts;
  if (!t) {
    needLate('go:diag');
    return '(message not loaded)';
  }
  return t[id]!(a);
}
