/** float-text.eager: installs Go's float formatting, its rare forms too, at once (Node); the browser build uses float-text.lazy.ts. */
import './float-text.ts';
import './float-rare.ts';
