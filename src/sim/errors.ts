/**
 * Errors that cross module boundaries use Go's method spelling, so the Go runtime can expose them as Go
 * `error` values directly. Sentinels are compared by identity (errors.Is).
 */

/** GoError is a Go `error` value: Error() gives its text; Unwrap/Is follow Go's errors package. */
export interface GoError {
  Error(): string;
  Unwrap?(): GoError | GoError[] | null;
  Is?(target: GoError): boolean;
}

class TextError implements GoError {
  constructor(private readonly text: string) {}
  Error(): string {
    return this.text;
  }
}

class WrapError implements GoError {
  constructor(
    private readonly text: string,
    private readonly inner: GoError,
  ) {}
  Error(): string {
    return this.text;
  }
  Unwrap(): GoError {
    return this.inner;
  }
}

/** newError is errors.New: a fresh error value with this text, equal only to itself. */
export function newError(text: string): GoError {
  return new TextError(text);
}

/** wrapError is fmt.Errorf with one %w: an error with this text that unwraps to inner. */
export function wrapError(text: string, inner: GoError): GoError {
  return new WrapError(text, inner);
}

/** isError has errors.Is semantics: identity or an Is method, along the Unwrap chain (depth first). */
export function isError(err: GoError | null | undefined, target: GoError): boolean {
  if (err === target) return true;
  if (err == null) return false;
  const stack: GoError[] = [err];
  let steps = 0;
  while (stack.length > 0 && steps++ < 1000) {
    const e = stack.pop()!;
    if (e === target) return true;
    if (e.Is && e.Is(target)) return true;
    const u = e.Unwrap ? e.Unwrap() : null;
    if (Array.isArray(u)) for (let i = u.length - 1; i >= 0; i--) stack.push(u[i]!);
    else if (u != null) stack.push(u);
  }
  return false;
}

/** errorText returns err.Error(), or "<nil>" as Go prints a nil error. */
export function errorText(err: GoError | null | undefined): string {
  return err == null ? '<nil>' : err.Error();
}

/** isGoError reports whether a value has Go's error shape (an Error() method). */
export function isGoError(x: unknown): x is GoError {
  return typeof x === 'object' && x !== null && typeof (x as { Error?: unknown }).Error === 'function';
}
