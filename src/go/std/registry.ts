/** registry: the table of standard-library packages; each is built per run, the first time the run reads it. */
import type { Runtime } from '../runtime/runtime.ts';

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

/** stdVersion changes whenever a package is registered (compile-time probes are cached per version). */
export const stdVersion = { n: 0 };

/** registerStdPackage makes `path` a host package built on a run's first read of it (a write replaces it); the checker needs its declarations too. */
export function registerStdPackage(path: string, build: (rt: Runtime) => unknown): void {
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
  stdVersion.n++;
}

/** newPkgs is a run's (empty, lazily filled) package table. */
export function newPkgs(rt: Runtime): Record<string, any> {
  return new Pkgs(rt) as unknown as Record<string, any>;
}

/** builtStd lists the packages a run has built so far, in the order it first read them. */
export function builtStd(rt: Runtime): string[] {
  return [...(rt.pkgs as unknown as Pkgs)[BUILT].keys()];
}
