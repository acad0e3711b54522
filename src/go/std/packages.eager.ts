/**
 * packages.eager: registers every standard-library package (runtime and checker declarations) at import, for
 * Node (tests, the grader, the CLI). The browser worker's build replaces this module with packages.lazy.ts,
 * which loads each package's chunk when a program imports it (see src/go/lazy.ts).
 */
// database/sql, its driver, net/http, net/url, encoding/json and expvar register themselves, one package each
import './sql/index.ts';
import './pkg/fmt.ts';
import './pkg/errors.ts';
import './pkg/os.ts';
import './pkg/strings.ts';
import './pkg/sync.ts';
import './pkg/time.ts';
import './pkg/strconv.ts';
import './pkg/math.ts';
import './pkg/log.ts';
import './pkg/sort.ts';
import './pkg/sync-atomic.ts';
import './pkg/math-rand.ts';
import './pkg/io.ts';
import './pkg/runtime.ts';
import './pkg/unicode.ts';
import './pkg/unicode-utf8.ts';
import './pkg/context.ts';
