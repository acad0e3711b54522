/**
 * pkg/clock: registers time and context together (and the core group time's errors need) — one chunk in the
 * browser worker. context always loads time, and database/sql loads both, so every course program loads them.
 */
import './core.ts';
import './time.ts';
import './context.ts';
