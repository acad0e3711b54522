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

const RT = Symbol('runtime');
const BUILT = Symbol('built');
/** Pkgs holds a run's packages by import path; each is built the first time the program (or the host) reads it. */
class Pkgs {
  [RT]: Runtime;
  [BUILT] = new Map<string, unknown>();
  constructor(rt: Runtime) { this[RT] = rt; }
}

/** lazy makes `path` a package built on first read, per run (a write replaces it). */
function lazy(path: string, build: (rt: Runtime) => unknown): void {
  Object.defineProperty(Pkgs.prototype, path, {
    configurable: true,
    enumerable: true,
    get(this: Pkgs) {
      let v = this[BUILT].get(path);
      if (v === undefined) { v = build(this[RT]); this[BUILT].set(path, v); }
      return v;
    },
    set(this: Pkgs, v: unknown) { this[BUILT].set(path, v); },
  });
}

/** builtStd lists the packages a run has built so far, in the order it first read them. */
export function builtStd(rt: Runtime): string[] {
  return [...(rt.pkgs as unknown as Pkgs)[BUILT].keys()];
}

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

// sqlPackages builds several packages at once; the first run learns their paths, later runs build them on first read.
let sqlPaths: string[] | null = null;
const registered = new Set<string>();
function sqlGroup(rt: Runtime): Record<string, unknown> {
  const ps = sqlPackages(rt);
  const built = (rt.pkgs as unknown as Pkgs)[BUILT];
  for (const path of sqlPaths ?? Object.keys(ps)) if (!registered.has(path) && !built.has(path)) built.set(path, ps[path]);
  return ps;
}

/** registerStdPackage adds a host package built per run (e.g. database/sql in part 2); the checker needs its stub too. */
export function registerStdPackage(path: string, build: (rt: Runtime) => StdPackage): void {
  lazy(path, build);
  registered.add(path);
  stdVersion.n++;
}

/** stdVersion changes whenever a package is registered (compile-time probes are cached per version). */
export const stdVersion = { n: 0 };

/** installStd gives rt.pkgs every package this runtime implements, each built when first used. */
export function installStd(rt: Runtime): void {
  rt.pkgs = new Pkgs(rt) as unknown as Record<string, any>;
  rt.built = () => builtStd(rt);
  if (sqlPaths === null) {
    sqlPaths = Object.keys(sqlGroup(rt));
    for (const path of sqlPaths) if (!registered.has(path)) lazy(path, (r) => sqlGroup(r)[path]);
  }
}

/** isGeneratorFn says whether a std function blocks (is a generator) and must be called with yield*. */
export function isGeneratorFn(f: unknown): boolean {
  return typeof f === 'function' && f.constructor?.name === 'GeneratorFunction';
}
