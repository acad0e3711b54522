// Go formatting primitives on JS values (Go strings are byte strings): used by fmt, strconv and time.
export * from './utf8.ts';
export * from './spec.ts';
export * from './decimal.ts';
export * from './float.ts';
export * from './integer.ts';
export * from './quote.ts';
export * from './duration.ts';
export * from './parse.ts';
