/**
 * msg: an error message of the checker by number. The texts (src/go/types/messages.ts) are part of the `go:diag`
 * chunk, which the browser loads only after a compile that reported an error (src/go/syntax/late-keys.ts).
 */
import { diag } from './hooks.ts';

/** msg returns message `id` built from the site's values, or, while `go:diag` is not loaded, records it and returns a placeholder (never shown: the worker compiles again). */
export function msg(id: number, ...a: unknown[]): string {
  return diag()?.messages[id]!(a) ?? '(message not loaded)';
}
