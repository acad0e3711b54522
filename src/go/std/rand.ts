/** math/rand: seeded from the run's world (deterministic per seed), Intn, Int, Float64, Shuffle, Perm. */
import type { Runtime } from '../runtime/runtime.ts';
import { runtimePanic } from '../runtime/panic.ts';
import { fromArray } from '../runtime/slice.ts';

/** randPackage builds package math/rand for a runtime. */
export function randPackage(rt: Runtime) {
  const r = rt.world.rng.fork('math/rand');
  const intn = (n: number) => { if (n <= 0) throw runtimePanic('invalid argument to Intn', false, true); return r.int(n); };
  return {
    types: {},
    vars: {},
    funcs: {
      Intn: (_g: any, n: number) => intn(Number(n)),
      Int63n: (_g: any, n: number) => intn(Number(n)),
      Int31n: (_g: any, n: number) => intn(Number(n)),
      Int: () => Math.floor(r.float() * 9007199254740991),
      Float64: () => r.float(),
      Seed: () => undefined,
      Perm: (_g: any, n: number) => { const a = Array.from({ length: Number(n) }, (_, i) => i); for (let i = a.length - 1; i > 0; i--) { const j = r.int(i + 1); [a[i], a[j]] = [a[j], a[i]]; } return fromArray(a); },
      Shuffle: function* (g: any, n: number, swap: (g: any, i: number, j: number) => Generator) { for (let i = Number(n) - 1; i > 0; i--) { const j = r.int(i + 1); yield* swap(g, i, j); } },
    },
  };
}
