/** features.lazy: the browser's stand-in for features.eager.ts; the checker's parts load with the lowerer's (lower/features.lazy.ts). */
export {};
