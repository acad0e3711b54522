/** stack-overflow.lazy: nothing at load; the report is the `go:stack` key registered in src/go/lower/features.lazy.ts, loaded after a run that overflowed (src/go/syntax/late-keys.ts). */
export {};
