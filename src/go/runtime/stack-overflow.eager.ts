/** stack-overflow.eager: installs Go's stack-overflow report at once (Node); the browser build uses stack-overflow.lazy.ts. */
import './stack-overflow.ts';
