/** std: the standard-library packages available to programs, built per run (each registered by its module in ./pkg). */
import type { Runtime } from '../runtime/runtime.ts';
import { newPkgs, builtStd } from './registry.ts';
// Node: every package registered now; the browser worker's build swaps in packages.lazy.ts (loaded per import).
import './packages.eager.ts';

export { builtStd, registerStdPackage, stdVersion, type StdPackage } from './registry.ts';

/** installStd gives rt.pkgs every package this runtime implements, each built when first used. */
export function installStd(rt: Runtime): void {
  rt.pkgs = newPkgs(rt);
  rt.built = () => builtStd(rt);
}

/** isGeneratorFn says whether a std function blocks (is a generator) and must be called with yield*. */
export function isGeneratorFn(f: unknown): boolean {
  return typeof f === 'function' && f.constructor?.name === 'GeneratorFunction';
}
