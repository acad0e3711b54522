/**
 * generic-types: the chunk of generic types (key `go:generictypes`, after `go:generics`): the checker's instances
 * of generic named types (types/generic-types.ts) and the runtime's (runtime/generic-types.ts). It imports the
 * generics chunk's module so that the bundler keeps that chunk whole.
 */
import './generics.ts';
import '../types/generic-types.ts';
import '../runtime/generic-types.ts';
