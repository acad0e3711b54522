/** time-timers.eager: installs time's timers at once (Node); the browser build uses time-timers.lazy.ts. */
import './time-timers.ts';
