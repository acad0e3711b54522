/** features.eager: loads the checker's lazily loadable parts at once (Node); the browser build uses features.lazy.ts. */
import './type-switch.ts';
import './builtins-rare.ts';
import './infer.ts';
import './generic-types.ts';
import './constraints.ts';
import './switch.ts';
import './switch-tag.ts';
import './index-expr.ts';
import './type-assert.ts';
import './diag.ts';
