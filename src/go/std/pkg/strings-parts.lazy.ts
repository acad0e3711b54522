/** strings-parts.lazy: the browser worker's stand-in for strings-parts.eager.ts: nothing here, each part loads as its own chunk when a program names one of its members (packages.lazy.ts registers the keys). */
export {};
