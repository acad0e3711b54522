/**
 * stack-hook: where Go's stack-overflow report (runtime/stack-overflow.ts, the browser's `go:stack` chunk) installs
 * itself. The runtime calls it when a goroutine overflows; while it is unset (the chunk not loaded) the runtime
 * records the key as a late one (src/go/syntax/late-keys.ts) and the browser worker loads it and runs again.
 */
import type { G } from './goroutine.ts';
import type { FatalError } from './panic.ts';

/** OverflowingRuntime is what the report reads of the runtime: its goroutines and the standard packages it built. */
export interface OverflowingRuntime { readonly gs: G[]; built: () => string[] }

/** stackHook holds the stack-overflow report once its module is loaded. */
export const stackHook: { report?: (rt: OverflowingRuntime, g: G, e: FatalError) => string } = {};
