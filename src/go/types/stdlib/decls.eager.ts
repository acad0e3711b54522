/**
 * decls.eager: registers the checker's declarations of every issue-4 standard-library package at import (Node,
 * tests, the CLI). The browser worker's build replaces this module with decls.lazy.ts (see src/go/lazy.ts).
 */
import { registerPackage } from './table.ts';
import { source as context } from './pkg/context.ts';
import { source as errors } from './pkg/errors.ts';
import { source as fmt } from './pkg/fmt.ts';
import { source as io } from './pkg/io.ts';
import { source as log } from './pkg/log.ts';
import { source as math } from './pkg/math.ts';
import { source as mathRand } from './pkg/math-rand.ts';
import { source as os } from './pkg/os.ts';
import { source as runtime } from './pkg/runtime.ts';
import { source as sort } from './pkg/sort.ts';
import { source as strconv } from './pkg/strconv.ts';
import { source as strings } from './pkg/strings.ts';
import { source as sync } from './pkg/sync.ts';
import { source as syncAtomic } from './pkg/sync-atomic.ts';
import { source as time } from './pkg/time.ts';
import { source as unicode } from './pkg/unicode.ts';
import { source as unicodeUtf8 } from './pkg/unicode-utf8.ts';

const ALL: Record<string, string> = {
  io, fmt, errors, os, strings, strconv, sync, 'sync/atomic': syncAtomic, time, context, math, log, sort,
  'math/rand': mathRand, runtime, unicode, 'unicode/utf8': unicodeUtf8,
};
for (const [path, source] of Object.entries(ALL)) registerPackage(path, source);
