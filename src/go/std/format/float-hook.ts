/**
 * float-hook: where Go's float formatting (float-text.ts, the browser's `go:float` chunk) installs itself when it
 * is imported. float.ts calls through it; while it is empty the chunk is not loaded yet (contract:
 * docs/go-bundle-float.md).
 */
import type { FmtSpec } from './spec.ts';

/** FLOAT_KEY is the lazy key (src/go/lazy.ts) of Go's float formatting. */
export const FLOAT_KEY = 'go:float';

/** floatHook holds float-text.ts's formatters once that module is loaded. */
export const floatHook: {
  format?: (v: number, fmt: string, prec: number, bitSize?: 32 | 64) => string;
  fmt?: (v: number, verb: string, spec: Readonly<FmtSpec>, bitSize?: 32 | 64) => string | null;
} = {};
