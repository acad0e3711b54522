/**
 * packages.lazy: the browser worker's stand-in for packages.eager.ts. Each standard-library package becomes a
 * lazy key `std:<path>` whose loader imports that package's chunk (its runtime and its checker declarations);
 * `prepare` (src/go/lazy.ts) loads the ones a program imports before it is compiled.
 */
import { registerLazy } from '../lazy.ts';
import { ISSUE5_PACKAGES, STD_DEPS } from './package-loads.ts';

// fmt, io, errors and log load together (one chunk), time and context too: every course program loads them all,
// and one fetch compresses better than six (docs/go-bundle.md).
const fmtGroup = () => import('./pkg/fmt-io-errors-log.ts');
const timeGroup = () => import('./pkg/time-context.ts');
/** LOADERS imports each package's registration module; the bundler makes each import() a chunk. */
const LOADERS: Record<string, () => Promise<unknown>> = {
  fmt: fmtGroup,
  errors: fmtGroup,
  os: () => import('./pkg/os.ts'),
  strings: () => import('./pkg/strings.ts'),
  sync: () => import('./pkg/sync.ts'),
  time: timeGroup,
  strconv: () => import('./pkg/strconv.ts'),
  math: () => import('./pkg/math.ts'),
  log: fmtGroup,
  sort: () => import('./pkg/sort.ts'),
  'sync/atomic': () => import('./pkg/sync-atomic.ts'),
  'math/rand': () => import('./pkg/math-rand.ts'),
  io: fmtGroup,
  runtime: () => import('./pkg/runtime.ts'),
  unicode: () => import('./pkg/unicode.ts'),
  'unicode/utf8': () => import('./pkg/unicode-utf8.ts'),
  context: timeGroup,
};
const issue5 = () => import('./pkg/issue5.ts');
for (const p of ISSUE5_PACKAGES) LOADERS[p] = issue5;

for (const [path, load] of Object.entries(LOADERS)) registerLazy(`std:${path}`, load, (STD_DEPS[path] ?? []).map((d) => `std:${d}`));
