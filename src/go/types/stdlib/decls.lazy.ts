/**
 * decls.lazy: the browser worker's stand-in for decls.eager.ts. It registers nothing: each package's
 * declarations arrive with that package's chunk (src/go/std/packages.lazy.ts), loaded by `prepare`.
 */
export {};
