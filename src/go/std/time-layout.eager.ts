/** time-layout.eager: installs time.Time's formatting and time.ParseDuration at once (Node); the browser build uses time-layout.lazy.ts. */
import './time-layout.ts';
