/**
 * features.lazy: the browser worker's stand-in for the compiler's features.eager.ts modules. Each rarely used
 * compiler feature becomes a lazy key whose chunk holds its parser, checker, lowerer and runtime parts; the
 * detector (src/go/syntax/features.ts) names the keys a program needs, and `prepare` (src/go/lazy.ts) loads them
 * before the program is compiled. All keys register here: src/go/lazy.ts imports the parser, and the checker
 * can be used without the lowerer only under Node.
 */
import { registerDetector, registerLazy } from '../lazy.ts';
import { usedFeatures } from '../syntax/features.ts';

registerLazy('go:labels', () => import('./labels.ts'));
registerLazy('go:index', () => import('./index.ts'));
registerLazy('go:assert', () => import('./type-assert.ts'));
registerLazy('go:assignop', () => import('./assign-op.ts'));
registerLazy('go:switch', () => import('./switch.ts'));
registerLazy('go:switchtag', () => import('./switch-tag.ts'));
registerLazy('go:typeswitch', () => import('./type-switch.ts'));
registerLazy('go:select', () => import('./select.ts'));
registerLazy('go:builtins', () => import('./builtins-rare.ts'));
registerLazy('go:generics', () => import('./generics.ts'));
// both import generics.ts: their chunks load the generics chunk (the detector names go:generics with them anyway)
registerLazy('go:generictypes', () => import('./generic-types.ts'));
registerLazy('go:constraints', () => import('./constraints.ts'));
registerLazy('go:ranges', () => import('./ranges.ts'));
// no detector names go:diag: a compile that needs it says so (src/go/syntax/late-keys.ts), and the worker loads it and compiles again
registerLazy('go:diag', () => import('../types/diag.ts'));
// nor go:stack: a run that overflowed records it, and the worker loads it and runs again
registerLazy('go:stack', () => import('../runtime/stack-overflow.ts'));
registerDetector(usedFeatures);
