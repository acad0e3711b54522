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
import { sqlPackages } from './sql/index.ts';

/** StdPackage is a host package: functions take the goroutine first; types are runtime descriptors. */
export interface StdPackage { funcs: Record<string, unknown>; vars: Record<string, unknown>; types: Record<string, unknown> }
const extra = new Map<string, (rt: Runtime) => StdPackage>();

/** registerStdPackage adds a host package built per run (e.g. database/sql in part 2); the checker needs its stub too. */
export function registerStdPackage(path: string, build: (rt: Runtime) => StdPackage): void {
  extra.set(path, build);
  stdVersion.n++;
}

/** stdVersion changes whenever a package is registered (compile-time probes are cached per version). */
export const stdVersion = { n: 0 };

/** installStd fills rt.pkgs with every package this runtime implements. */
export function installStd(rt: Runtime): void {
  rt.pkgs = {
    fmt: fmtPackage(rt),
    errors: errorsPackage(),
    os: osPackage(rt),
    strings: stringsPackage(),
    sync: syncPackage(rt),
    time: timePackage(rt),
    strconv: strconvPackage(),
    math: mathPackage(),
    log: logPackage(rt),
    sort: sortPackage(),
    'sync/atomic': atomicPackage(),
    'math/rand': randPackage(rt),
    io: ioPackage(rt),
    runtime: runtimePackage(rt),
    unicode: unicodePackage(),
    'unicode/utf8': utf8Package(),
  };
  rt.pkgs.context = contextPackage(rt, () => rt.pkgs.time.types.Time);
  Object.assign(rt.pkgs, sqlPackages(rt));
  for (const [path, build] of extra) rt.pkgs[path] = build(rt);
}

/** isGeneratorFn says whether a std function blocks (is a generator) and must be called with yield*. */
export function isGeneratorFn(f: unknown): boolean {
  return typeof f === 'function' && f.constructor?.name === 'GeneratorFunction';
}
