/**
 * features.lazy: the browser worker's stand-in for features.eager.ts. It loads nothing: src/go/lazy.ts imports
 * the parser, so the parser's parts register from types/features.lazy.ts instead (key `go:labels`).
 */
export {};
