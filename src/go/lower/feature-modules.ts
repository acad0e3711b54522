/**
 * feature-modules: which module each compiler feature key loads (lower/features.lazy.ts), for the build's
 * measurements (bench/go.ts sizes a program's download as the entry plus the chunks of its keys). Build-time
 * data: nothing at run time imports it; test/go/syntax/features.test.ts keeps it equal to features.lazy.ts.
 */

/** FEATURE_MODULES maps a feature key (src/go/syntax/features.ts) to the module its chunk starts at. */
export const FEATURE_MODULES: Record<string, string> = {
  'go:labels': 'src/go/lower/labels.ts',
  'go:index': 'src/go/lower/index.ts',
  'go:assert': 'src/go/lower/type-assert.ts',
  'go:assignop': 'src/go/lower/assign-op.ts',
  'go:switch': 'src/go/lower/switch.ts',
  'go:switchtag': 'src/go/lower/switch-tag.ts',
  'go:typeswitch': 'src/go/lower/type-switch.ts',
  'go:select': 'src/go/lower/select.ts',
  'go:builtins': 'src/go/lower/builtins-rare.ts',
  'go:generics': 'src/go/lower/generics.ts',
  'go:generictypes': 'src/go/lower/generic-types.ts',
  'go:constraints': 'src/go/lower/constraints.ts',
  'go:ranges': 'src/go/lower/ranges.ts',
  'go:diag': 'src/go/types/diag.ts',
  'go:stack': 'src/go/runtime/stack-overflow.ts',
};
