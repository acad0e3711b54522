/**
 * generics: the chunk of generic types and functions (key `go:generics`): the checker's inference, substitution
 * and instantiation (types/infer.ts) and the runtime's instances and type-parameter operations
 * (runtime/generics.ts). The lowerer's own handling of type parameters is small and stays in lower.ts.
 */
import '../types/infer.ts';
import '../runtime/generics.ts';
