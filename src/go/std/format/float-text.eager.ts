/** float-text.eager: installs Go's float formatting at once (Node); the browser build uses float-text.lazy.ts. */
import './float-text.ts';
