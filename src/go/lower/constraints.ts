/**
 * constraints: the chunk of constraints with type sets or methods (key `go:constraints`, after `go:generics`):
 * the checker's core-type inference and satisfaction (types/constraints.ts) and the runtime's arithmetic and
 * method calls on type-parameter values (runtime/type-param-ops.ts). It imports the generics chunk's module so
 * that the bundler keeps that chunk whole.
 */
import './generics.ts';
import '../types/constraints.ts';
import '../runtime/type-param-ops.ts';
