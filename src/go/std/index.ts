/** std: the standard-library packages available to programs, built per run. */
import type { Runtime } from '../runtime/runtime.ts';
import { fmtPackage } from './fmt.ts';
import { errorsPackage } from './errors.ts';
import { osPackage } from './os.ts';
import { stringsPackage } from './strings.ts';
import { syncPackage } from './sync.ts';
import { timePackage } from './time.ts';
import { strconvPackage } from './strconv.ts';
import { contextPackage } from './context.ts';
import { mathPackage } from './math.ts';
import { logPackage } from './log.ts';
import { sortPackage } from './sort.ts';
import { atomicPackage } from './atomic.ts';
import { randPackage } from './rand.ts';
import { ioPackage, runtimePackage } from './io.ts';
import { unicodePackage, utf8Package } from './unicode.ts';
import { newPkgs, builtStd, registerStdPackage as lazy } from './registry.ts';
// database/sql, its driver, net/http, net/url, encoding/json and expvar register themselves, one package each
import './sql/index.ts';

export { builtStd, registerStdPackage, stdVersion, type StdPackage } from './registry.ts';

lazy('fmt', fmtPackage);
lazy('errors', () => errorsPackage());
lazy('os', osPackage);
lazy('strings', () => stringsPackage());
lazy('sync', syncPackage);
lazy('time', timePackage);
lazy('strconv', () => strconvPackage());
lazy('math', () => mathPackage());
lazy('log', logPackage);
lazy('sort', () => sortPackage());
lazy('sync/atomic', () => atomicPackage());
lazy('math/rand', randPackage);
lazy('io', ioPackage);
lazy('runtime', runtimePackage);
lazy('unicode', () => unicodePackage());
lazy('unicode/utf8', () => utf8Package());
lazy('context', contextPackage);

/** installStd gives rt.pkgs every package this runtime implements, each built when first used. */
export function installStd(rt: Runtime): void {
  rt.pkgs = newPkgs(rt);
  rt.built = () => builtStd(rt);
}

/** isGeneratorFn says whether a std function blocks (is a generator) and must be called with yield*. */
export function isGeneratorFn(f: unknown): boolean {
  return typeof f === 'function' && f.constructor?.name === 'GeneratorFunction';
}
