/** progress-key: where progress is saved and its format version (no dependencies, for light pages). */

/** PROGRESS_KEY is the localStorage key. */
export const PROGRESS_KEY = 'leakproof.progress';

/** PROGRESS_VERSION is the current format version; older or unknown versions are reset. */
export const PROGRESS_VERSION = 1;
