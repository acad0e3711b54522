/**
 * generics: the chunk of generic functions (key `go:generics`): the checker's inference, substitution and
 * instantiation (types/infer.ts) and the runtime's boxing, conversion and binding of type parameters
 * (runtime/generics.ts). Generic types (generic-types.ts) and constraints with type sets or methods
 * (constraints.ts) are chunks that build on it. The lowerer's own handling of type parameters is small and stays
 * in lower.ts.
 */
import '../types/infer.ts';
import '../runtime/generics.ts';
