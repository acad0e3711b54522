/**
 * packages.lazy: the browser worker's stand-in for packages.eager.ts. Each standard-library package becomes a
 * lazy key `std:<path>` whose loader imports that package's chunk (its runtime and its checker declarations);
 * `prepare` (src/go/lazy.ts) loads the ones a program imports before it is compiled.
 */
import { registerLazy } from '../lazy.ts';
import { ISSUE5_PACKAGES, STD_DEPS } from './package-loads.ts';

// fmt, io, errors and log, and time and context, are in the worker's entry, registered at once as under Node: every
// course program loads them (all 51 time and context, which database/sql needs; 50 log, 44 fmt), and one download
// compresses better than three (−1.3 KB gzipped on every course program: docs/go-bundle.md).
import './pkg/fmt-io-errors-log.ts';
import './pkg/time-context.ts';

/** LOADERS imports each other package's registration module; the bundler makes each import() a chunk. */
const LOADERS: Record<string, () => Promise<unknown>> = {
  os: () => import('./pkg/os.ts'),
  strings: () => import('./pkg/strings.ts'),
  sync: () => import('./pkg/sync.ts'),
  strconv: () => import('./pkg/strconv.ts'),
  math: () => import('./pkg/math.ts'),
  sort: () => import('./pkg/sort.ts'),
  'sync/atomic': () => import('./pkg/sync-atomic.ts'),
  'math/rand': () => import('./pkg/math-rand.ts'),
  runtime: () => import('./pkg/runtime.ts'),
  unicode: () => import('./pkg/unicode.ts'),
  'unicode/utf8': () => import('./pkg/unicode-utf8.ts'),
};
const issue5 = () => import('./pkg/issue5.ts');
for (const p of ISSUE5_PACKAGES) LOADERS[p] = issue5;

for (const [path, load] of Object.entries(LOADERS)) registerLazy(`std:${path}`, load, (STD_DEPS[path] ?? []).map((d) => `std:${d}`));
