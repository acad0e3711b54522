/**
 * float-text-part: the browser's `go:float` chunk (float-text.lazy.ts loads it): Go's float formatting, and the
 * registration of its rare forms (float-rare.ts) as `go:floatx`, which only a run of that chunk can need: a run that
 * formats a float with %b %x %X or strconv's 'b' 'x' 'X', with a fixed precision other than %f's (%e, %.3g,
 * FormatFloat(f, 'e', 2, 64)) or with the # flag records the key (float-text.ts), and the worker loads it and runs
 * again. No course program uses them (test/go/std-format/late-parts-course.test.ts).
 */
import { registerLazy } from '../../lazy.ts';
import { FLOATX_KEY } from './float-hook.ts';
import './float-text.ts';

registerLazy(FLOATX_KEY, () => import('./float-rare.ts'));
