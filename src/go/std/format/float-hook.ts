/**
 * float-hook: where Go's float formatting (float-text.ts and float-rare.ts, the browser's `go:float` and
 * `go:floatx` chunks) installs itself when imported. float.ts calls through it; while a function is missing its
 * chunk is not loaded yet (contract: docs/go-bundle-float.md).
 */
import type { Digits } from './decimal.ts';
import type { FmtSpec } from './spec.ts';

/** FLOAT_KEY is the lazy key (src/go/lazy.ts) of Go's float formatting. */
export const FLOAT_KEY = 'go:float';
/** FLOATX_KEY is the lazy key of its rare forms (float-rare.ts: binary, hexadecimal, exact digits, the # flag), registered by the `go:float` chunk. */
export const FLOATX_KEY = 'go:floatx';
/** FLOAT_PLACEHOLDER is what a float prints as before its part is loaded (the run is then done again). */
export const FLOAT_PLACEHOLDER = '%!(go:float)';

/** floatHook holds float-text.ts's formatters once that module is loaded. */
export const floatHook: {
  format?: (v: number, fmt: string, prec: number, bitSize?: 32 | 64) => string;
  fmt?: (v: number, verb: string, spec: Readonly<FmtSpec>, bitSize?: 32 | 64) => string | null;
  binary?: (neg: boolean, v: number, prec: number, fmt: 'b' | 'x' | 'X', bitSize: 32 | 64) => string;
  exact?: (v: number) => Digits;
  sharp?: (num: string, fmt: string, prec: number) => string;
} = {};
