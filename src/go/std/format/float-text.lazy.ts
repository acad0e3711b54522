/**
 * float-text.lazy: the browser worker's stand-in for float-text.eager.ts. Go's float formatting becomes the lazy
 * key `go:float` (float-text-part.ts, which registers the rare forms, float-rare.ts, as `go:floatx` when it
 * loads): `prepare` loads it when float-detect.ts finds floats in a program's syntax; a run that formats a float
 * without it records the key (float.ts), and the worker loads it and runs again.
 */
import { registerDetector, registerLazy } from '../../lazy.ts';
import { floatDetector } from './float-detect.ts';
import { FLOAT_KEY } from './float-hook.ts';

registerLazy(FLOAT_KEY, () => import('./float-text-part.ts'));
registerDetector(floatDetector);
