/**
 * time-layout.lazy: the browser worker's stand-in for time-layout.eager.ts. time.Time's Format and String and
 * time.ParseDuration become the lazy key `go:timefmt`: `prepare` loads it when time-detect.ts finds them in a
 * program's syntax; a run that needs them without it records the key (time-format.ts), and the worker loads it and
 * runs again.
 */
import { registerDetector, registerLazy } from '../lazy.ts';
import { timeDetector } from './time-detect.ts';
import { TIMEFMT_KEY } from './time-hook.ts';

registerLazy(TIMEFMT_KEY, () => import('./time-layout.ts'));
registerDetector(timeDetector);
