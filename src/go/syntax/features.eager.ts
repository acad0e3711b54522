/** features.eager: loads the parser's lazily loadable parts at once (Node); the browser build uses features.lazy.ts. */
import './branches.ts';
import './print.ts';
import './texts.ts';
