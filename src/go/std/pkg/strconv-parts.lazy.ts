/** strconv-parts.lazy: the browser worker's stand-in for strconv-parts.eager.ts: nothing here, the other part loads as its own chunk when a program names one of its members (packages.lazy.ts registers the key). */
export {};
