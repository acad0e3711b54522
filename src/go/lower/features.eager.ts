/** features.eager: loads the lowerer's lazily loadable parts (and their runtime) at once (Node); the browser build uses features.lazy.ts. */
import './type-switch.ts';
import './select.ts';
import './builtins-rare.ts';
import './generics.ts';
import './generic-types.ts';
import './constraints.ts';
import './switch.ts';
import './switch-tag.ts';
import './ranges.ts';
import './labels.ts';
import './index.ts';
import './type-assert.ts';
import './assign-op.ts';
