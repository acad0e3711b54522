/**
 * pkg/time-context: registers time and context together — in the browser worker's entry (packages.lazy.ts). context always loads
 * time, and database/sql loads both, so every course program loads them. time's functions return fmt's error
 * values, so fmt's group is imported here too (the bundler then keeps that group in one chunk).
 */
import './fmt-io-errors-log.ts';
import './time.ts';
import './context.ts';
