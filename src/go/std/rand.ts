/** math/rand: seeded from the run's world (deterministic per seed), Intn, Int, Float64, Shuffle, Perm. */
import type { Runtime } from '../runtime/runtime.ts';
import { runtimePanic } from '../runtime/panic.ts';
import { fromArray } from '../runtime/slice.ts';
import { Rng } from '../../sim/rng.ts';
import { hostType, ptrTo, type Iface } from '../runtime/rtype.ts';

function int63(r: Rng): number | bigint {
  const v = (BigInt(r.uint32() >>> 1) << 32n) | BigInt(r.uint32());
  return v <= 9007199254740991n ? Number(v) : v;
}
function perm(r: Rng, k: number) {
  const a = Array.from({ length: k }, (_, i) => i);
  for (let i = a.length - 1; i > 0; i--) { const j = r.int(i + 1); [a[i], a[j]] = [a[j]!, a[i]!]; }
  return fromArray(a);
}

/** randPackage builds package math/rand for a runtime (sequences are seeded by the world, not Go's generator). */
export function randPackage(rt: Runtime) {
  const r = rt.world.rng.fork('math/rand');
  const sourceT = hostType('math/rand', 'rngSource', () => null);
  sourceT.str = '*rand.rngSource';
  const srcOf = (seed: number | bigint) => new Rng(Number(BigInt.asUintN(32, BigInt(seed))) ^ 0x5eed);
  sourceT.methods.set('Int63', function* (_g: any, x: Rng) { return int63(x); });
  sourceT.methods.set('Seed', function* (_g: any, x: Rng, seed: number) { Object.assign(x, srcOf(seed)); });
  const randT = hostType('math/rand', 'Rand', () => ({ src: null }));
  const rm = ptrTo(randT).methods;
  const rng = (o: { src: Iface }) => o.src.v as Rng;
  const n = (x: number) => { if (x <= 0) throw runtimePanic('invalid argument to Intn', false, true); return x; };
  rm.set('Int', function* (_g: any, o: any) { return int63(rng(o)); });
  rm.set('Intn', function* (_g: any, o: any, k: number) { return rng(o).int(n(Number(k))); });
  rm.set('Int31n', function* (_g: any, o: any, k: number) { return rng(o).int(n(Number(k))); });
  rm.set('Int63', function* (_g: any, o: any) { return int63(rng(o)); });
  rm.set('Int63n', function* (_g: any, o: any, k: number) { return rng(o).int(n(Number(k))); });
  rm.set('Float64', function* (_g: any, o: any) { return rng(o).float(); });
  rm.set('Seed', function* (_g: any, o: any, seed: number) { Object.assign(rng(o), srcOf(seed)); });
  rm.set('Perm', function* (_g: any, o: any, k: number) { return perm(rng(o), Number(k)); });
  rm.set('Shuffle', function* (g: any, o: any, k: number, swap: (g: any, i: number, j: number) => Generator) { for (let i = Number(k) - 1; i > 0; i--) { const j = rng(o).int(i + 1); yield* swap(g, i, j); } });
  const intn = (n: number) => { if (n <= 0) throw runtimePanic('invalid argument to Intn', false, true); return r.int(n); };
  return {
    types: { Rand: randT },
    vars: {},
    funcs: {
      Intn: (_g: any, n: number) => intn(Number(n)),
      Int63n: (_g: any, n: number) => intn(Number(n)),
      Int31n: (_g: any, n: number) => intn(Number(n)),
      Int: () => Math.floor(r.float() * 9007199254740991),
      Float64: () => r.float(),
      Seed: () => undefined,
      Perm: (_g: any, k: number) => perm(r, Number(k)),
      Int31: () => r.uint32() >>> 1,
      Int63: () => int63(r),
      Uint32: () => r.uint32(),
      NewSource: (_g: any, seed: number) => ({ t: sourceT, v: srcOf(seed) }),
      New: (_g: any, src: Iface) => ({ src }),
      Shuffle: function* (g: any, n: number, swap: (g: any, i: number, j: number) => Generator) { for (let i = Number(n) - 1; i > 0; i--) { const j = r.int(i + 1); yield* swap(g, i, j); } },
    },
  };
}
