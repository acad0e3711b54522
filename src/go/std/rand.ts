/**
 * math/rand: rand.NewSource and rand.Seed give Go's exact sequences (Go's rngSource, an additive lagged Fibonacci
 * generator seeded through seedrand and the rngCooked table), and Rand's methods are Go's algorithms over any
 * Source, a learner's own included. The package-level functions run the same algorithms over the run's world
 * (Go seeds them at random; we seed them from the run's seed so a run replays) until rand.Seed.
 */
import type { Runtime } from '../runtime/runtime.ts';
import { GoPanic, nilPanic, runtimePanic, withFrames } from '../runtime/panic.ts';
import { drive } from '../runtime/panic-print.ts';
import { fromArray } from '../runtime/slice.ts';
import { norm, type Int64 } from '../runtime/int.ts';
import type { Rng } from '../../sim/rng.ts';
import { basic, hostType, ptrTo, type Iface } from '../runtime/rtype.ts';

// Go 1.23's rngCooked (math/rand/rng.go): 607 int64 values, little-endian, base64. Data from Go's source.
const COOKED = '6v+Y6zNK98VbX5a6QUp7wA+vgcsTxV4T65VDp1z7BEqOzxB3HIPop8PBN4/o5F19qYX/Q3fPIWNh+Z9qVQbLQtLX6EDRyCZuoPoRNB9Rp0lVUKYiSXftcVwt6l/Gn1ydaEMBSjmrvT8LNJJpWTP6cAJqps5O+xCuitG8i6m8n/esgKMuscz3lxsr88qU15EBryzjJDQyaj8rFAEfksxCxmiA80+fhiKhIDmvJxGjsaWWncK9+aQHW4YlgSk8lypq4VJ699szpGqeyYo7biGUg3yZW1HFqYDbaffL8+/ywwMMIf/uMeS1pvVTKZk0U8gO6dEQ3zIUai5JsdFZmWLkvVF5OHY4TJlnY66bVWHUFQ53oNLpxJa/vfMg2mqGYk+wv5fbRhbakCF6lTIYPIdxUEuQ2hk6UDs+KIXH8qWI4zN36NAZrAvHvnLwG/hwaSUAhqhP9hSK0fdMc9S0ePlupI6nJzFX8S94puub1QobJAAvW+kfWUnF2jktTIjy+pVhXTTvsL0rnFYe4oxQOWCLC7vSNVRwdhXv99jx9QqQXh031H99GC2QHnnr4I98eyJ/mLvrAWIOeThx4SJ5rI6BREDT2lDF1lgGmpZyzJS4v4S9KbPjQVGFp0bnurFWFbOcSW9o+QSQoDxph1B+bRRQDHDJWpP/2DXN2FQVqrQYmN6g2jNk/X7zTVbgsgWt6ZH1KT742wvrZxfymVJTknIkuOtMXlqXRea6K8M7XBV46uxu6KxXU14pTgi7rU+aapCLyWNE9moIUP381hn9rIUDrZ860eGl1Oa7nAObtzOfCfw1WgyEJCJ42c8a1UW8OE4XPk7eVJ8v+FMO77OHCvoN4WmXQ3vs2QnqEVBMzMfDnlHV4xPED5lHC+Jbzs9+4Ac/viIZt7jQ0qVhx3zIH+oeRd3W8ffeXlDIBekcAI7Xbvu6aPRENgrM19ApRC7bMcIU0z2UkJrNHOLRwo8o9WlIZrWPFk5gb8Xd9vqxsKvkUUEnuafO6EeW7N5hvn0YQqd2PA54SUCNd4AT5GzCRkRxkgtw5xnAW0dlF23YYB14CA7gcfXV6Q8Pn1duiDO/Ym5H5rROUv8McYylmTiepVboJJoYg1eLfJ9UFAACBpxTCJhnVFGy7ln8uBSmmYSL/4/zIlI9OucrpvU4SEwrg4KLUN74L2jHnxD1DD/FXPGtHNMmWGtACQVywfqWvBBScQDp+5PTNjX+BAdK+67MbptcxhlAvpIwx6+L6ol415m18AebWPq4SQreGPAPg8lxThcv3YVnooC3cLS+YrEjYbemICKDxc0kve+RIyazJlC3e/vQBB+arxw90CHprrwJ+fClC44cne18qkb5tmJ6nqfY/BQ/6LwFz8Q6xDegCKB5xUXQEnlSjohTQBd7nyiyoI/42r0CIF2v+1GER8oSqAPkilCknzI3on4NCPK2Ar8EP8sz7TmKPmSWxxlkW9ee15L9rOhYssghaCEx6UZ7/zo96Wort/yMhbA2ZxH/5588Xq6lwhw5lcP0KnZ2628H/cTmc+ftMfu171Cu/NtZMyR/bdsPDjRA55Nxkt3GpHMf9Y9mqRz6bktTlEEN1yBFcmrAkgUSGb0WzTDc1iwMWGtFje8phGoNvGJcXjnpuKlOdEjhroRcghTvGDTicTq3Mh5KwChSxCdv7g+h5NLgOy5ORghg4YL0Z7sjJ3Mk6EG1EQ/Xryp9DPl9rho5LBSW9OFUdEL6JfYOQB0Tns4QZpYGmdrMwdc0WUUiIJLatzlCQeZWVSf2kZCftL2KKGQ9a5GCoG8Gx6HQUp+h8Iz7bGYqZIOtY7AdmJ2MSn62WGGi32PfwuzrNv48zv9kU6Ur6+S20Rd3DZ4X0m/bRyI2t6JxuTvFENUlz+XbYVJzc60oD5OL638EAd2VWlq0WHNAsa0wgxBMeHZHtH8GVAfr9OggG9nAx7ZAXyfcJw97pt34LXOFyITErzcmtjH2i4NJhslhWH8nMO4fBt9VFKwtBSLTlemueOSGBNN6RdHOSh8iZzK4ZjUsBQeYR7mgfqdQUwKo05wW/MJ+GkIApylRsDonV/JDn3H79+S6SL+46FfYWxxZ83FpGJTV2hRwQpytilE/GIKOzLjDQ0y335JvVrofmKzANVTFqqwHj7zLOBCIsF9zur5sVbVD8tSf5zswnxRjdSRxH0PeqvZLwsu2V6XSTHLeacF1abwhNIF2DPSM98qfFRJKYt088T4NORsE0HPVBuitO9mL6mnyYc14Pa+LV8mdaH86qRgzNVK+vRxQpy0AErGbjERtW7Qx8mbKZmUD5De34ulRnrjPaJscVIdGcMk3KV2jKN8otbBEaXWy/oucTiPCQ0HCKY8GAo1Pef30feUV32jwkAUJwI2rrZit5AaklIGCsVVBP3T/1CcwRs5FCOxoESMG0znDwIZJmAGuWg6YVjaYYcwaBT2vErK0tnrhbHBK8apwQDrelcnLRzVfVujp2bgCYjSs2x0Y6kmKQc5TKLm8p1M6b6FGJROqomIoyUtjZsHWcaCTvM5q/5JR6mypgDJAeiRaZoGPOxhaZOTA0oBMKyKmOrpYTT2ehWPlL8uJg6K55P4SlbgMooO9DLNhsJHWywmfrPP4ujmIuMTR7bMD310J7YLLxJQm9mDTm4e5A8bQV2ZCgPfaWIWrMp5iG9t/yOEvhhbVOHnXAOxZJ5ZWOuPZkEsXL8gbBYZc0srrXTur2zWb3dBrdqiHFMqDtiZfQlP2dqBAKzxdNNb4corpZHRBeE7qPt0CL3d4UkLof5dAYh0rktQa8Psp6k6LKpyVygI4UxChfMpp2XskV2NJNmsysqdcZAd8f3tn4wqlP8a42Ec5cHT9t6B54IzcoLEfI3duybdCM7YWJ4Dm1wmpOc3d7MoZW2gnFE23kY7SbJycVDoNDnn7wZERthu4vdNnfhHi9okN/JbTIutJsPusfkXVTWX1m5fhHcooXVinbENdedkYMobi19NFFp3PPL6nL7DMnnvhp7cfgsIp2c4fKysNMWReN5Ba2L19IhEWajPLzXD4uvUlaWNecYRLJdDgQ0eSIXd1xQ4Icdn7WA/kXhfhvK1bNsx4PZUykIN2oJWEUztqOdPAiY+miNiIHKibY4GnXHecja8/kyidUT8NxOrEfd/H2DH+AdvWfTgDgG0DlwoiaPchBowHJwh6zKjWWWB1RvgqV+oqw/n9yTYBkRzihRMR/t0+x9+Ho6aiue15+/bF3HrRVtXHoyhr+Qkn92rOjULwaS1VFsKSmr60u5xdHPTK9q43T5ip180QEUPTyh3Ms+UdfDzZq15ipxGDBCweqAy0HORe/L8d5WhbOEP/ovnUcB9q01zLsCe5zOrK5BDgY0Gu3T/gHsmoUlR/DssMl1hUMWF+dUwFEAscgosIBoT5Ec9ExE1rL2CntzYlf/kmodWGFzOT23KDcM2pydpRJFQHWufXBJFlKA2h5aSv5rj4y+skkCMl84AzfBMIX0JeqRgRozIeK4BAYQtkvV8cK/HQPH6Wp7m6f+iJEANBCD66s/sb8WvTHA2tw387w1m3aNn0sr8C0gVJVnWETIP6NmIqC6jg4zqDGme4pYaN5Y/rKIhgeRfnIVefyysD3hZ+3OUk0hKV1OBRgovmKaMIywh1SsArJZ0ySKY1+IWoGeyX95knTRDt8nbArTpEF2fkd+J9NYlsnTy2rgd5rzVb2wTga84n2PFb2SgCv5tjs+Ele+ExriW5fZWeQukjJWh+PKtfDpUzWZ+/cTbqKiwQMjlD79Kywch/xx7Sfg1HYo70gBJf6kKuEfPNR7cXjoP6qQ4GAeCE/MxbjFCnrGP5BD+EoKqjpdPr6KT3Sfls30H93muHInye5gdPciTBtKZaPfINR7+4kPWZIDWYKT1llVj0kMwR0fgoq6ENVQPbNBsrXMxCeACErJQ2m7cILG75hAvVcr+Q9Qjr+HlwlHIIBYIht2xpp9U2rMlbiNThl/55tYi4bP3kBFIQgpRiATe5Fgh57zxWZRO+JnqnvSio3RQTho/7z1uuA7i3oghAMTLQHqnI0z7sZ7igAQCH5d2TsPnB9uR4gwu87GsIjsf8b8CXUXWe+ATyNO4FZyRMJhbVgnWSxzwTRnWke+Gz4rSqXBsRP6NeJUMUFo49opyB0ESzKPFITSCrOfsi0WyqNo8jvxApXLqbX+AQrK6QyirkD7C2VJ3LzQ96OGSP6Ak2RwFfIFrELci4to7taMesI/1DDZIl8mR5gYparb0lq1oBue+cvH49c+qkj+cePKQieXXRhQ7jIf6B4MU9EmFmTmd5EMGG3Pu5Grk/lxiJKoxtylXu1AC1tRVSbUcA1Spt6uKzaFD8hcsj3RCpXSBbd582EV6bl9fqZX10csgr553BKqqDupbVa6DTEIcloudDkxbZ+7wCc2JrJJnN7ogCAzwtGzBLI7/sMQldCWE8mETkU+Lq+8EQiNI5btX4m3AnhXUyXgLvbbKlxjvYgTtrp1hz8ToOdDd4IQxhkQRauntw6U7ANLIkwxLPgXTW6N8U3hIHqME9BeRlYgXNRpYj4l3+hVvtyQDKFJUw5jTAvek16qmxXKVMzxgUrF1Yg/od53q25r/GmBWElYBq3u3TCGGmdIBHjMQBJkko+/RJuKznZZoeH2xfo6PgIPLDRH4NFqyXJ0LEFSytEVrVvqmNrFLeLL69KQz7OBbQbkiiWFCij90f6XtQzxghSskGbeVJtvy58hm+Aufv3dAQo21waOd/Gda0nWPrhNRt6aihFln4gv09gKJGTGTXRAoaOmKqUrWLGCUaEb0gxhirPvqZ6hDdTk/SM2zMNmUlOW046KEr+551fmBxYGx8Pbseki9pho8Ia7qWedL+6uoqvbKsEKvz3sIMtyvbtrCEEhwrkv+9W9vE1NceJKCgkIFbP67PYH5F9nkbkR4YlIwxXKDV4zOwcaaANFWnuvtelXl117DG0PbJdydDLGb2wiEPKrybhkW8tIbCSdJuyLFm4j3FQgnojkeWBRuu5i6LYdNvd+pdPjoHCD+vcW4d0Ed4Dv6q+8SvgR/NQMl4B8ZxviQhlmoE37bCHc9sD5WTTpTQB0CjHgRnx+LGdmUgyfkbUlFecdcremuGQTZ5jDx1l3rkZUp4GazaUuv3c3wLEdMHtynEvD8na6YKVHVayC0wFt7kVgpw00DI/1vQ/ANTh9aIJeOlBu2+qzpqY/gmZYp1OCDm6Np6vgEK9MRbx760ycPBnwrOaXrcZKrbCjyFP/m21TmOZbhIvoXLB/OIzDNSBORGZ1aM9IGSERE+Lyvn5tUzQ3tdreNuXuNEvwr46zssN5Yp+j1PMk8p04TVAAmmyBfg0weXs8838lYKCdE800NdYOXHeuH6GUStDm8QwMi+YCp7A6i7iX1VphI8mJlpUWP81Imy7CkijYgIwz5O3KdWEXyMGJIkEFr4HHgCZUdEC8Gxs11djrceqTti9r8VZZzwo7soanHxMC/JB3b0162dhzR4kASemXDblZfFEaajinUVQ8d0mjkybxFATG1T0Jeth8WaU1LDWYnydRYaHySDnmH1eG2MrffvY+XP8SodS8nlEiKdPx+2N3tGPQJ+a+nuq612q/rRYmuS2V35z3bbciGmeKI6Z8jIGeWrgpl+hfXxjRHCNIBsE0C2dnP6L96aokzQp5h+53dNsBSfbaFH7YsErT1LMTIdk+TlnkwKPfNDpev0uibZc3Ogrzp5Mpqz5g+mbpjmYWNmTzQf48tJwETcvhzyA1Re66BS98QgBUF94pkbr93DuOWgQCdZl2xE+6VO/ASm569Hf1huraSEg3sTLFTeXB4wew/8Dyr0il0KMEcFgnnAfQjCOcbTtiuacKh8RgreNtq0a7tC4nYDyR5TsHlg90MY3JjPjAXBrhGwF7QXhBtk3fBP3d7sMuhJIyiHN4z76OcWiLvw1fTC2A9IULaFbQt2T3OqRX0UCNJThUJiWcTnaBmgKw5AAGD3o7kZfgcMA2Rhj1UXHZ/F5sBIMXV5Q9g77/LSd5pv4QGHjbhuZmiGKDTO53JVB9aRVLGCjetUvusap2XCdweePm/d3UdJhlV5XGP+jWKb+T/UOT5nIiL1jMdtCH5jZpx+n2bjN+446K+kR7vXkr234tvfq54f0cG18mrKTzIpG1tSUqHkWQ50dY0K0ZF82JXKfzpTfMzbsYZz9/tmEr3D0Ua6ZppoGnC1JLFx1ktNwK6eCv1DLFVl4eQXMRRYI6xIErvFWIPFCuOAvXf2qo9/8KQncpn8UOGwnF3MSKhBm+SwHnEKZHg5yh2gv/xkhMdr/y+rCphe5kKqUGdcOfTzlZZM6n8oikL2SRc2FpWUIZ+ZktV3yfhfk/bZZlHEqRxDj6ID9afsEL5Rw6PTUemWKBaA4Hn1JCggWzjpteUMxrBZSh66+weyqilYZd6oLjiLx40E3uHX33rMllpTdDvwXnOboVd+xiXAMToKoDk=';

const LEN = 607;
const TAP = 273;
const INT32MAX = 2147483647;
const P32 = 4294967296;
let cooked: Int32Array | null = null;

/** cookedWords decodes COOKED once into [lo0, hi0, lo1, hi1, ...]. */
function cookedWords(): Int32Array {
  if (cooked) return cooked;
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const bytes = new Uint8Array(LEN * 8);
  let acc = 0, bits = 0, n = 0;
  for (const ch of COOKED) {
    const v = abc.indexOf(ch);
    if (v < 0) continue;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) { bits -= 8; bytes[n++] = (acc >> bits) & 255; }
  }
  const dv = new DataView(bytes.buffer);
  cooked = new Int32Array(LEN * 2);
  for (let i = 0; i < LEN * 2; i++) cooked[i] = dv.getInt32(i * 4, true);
  return cooked;
}

/** seedrand is Go's x[n+1] = 48271 * x[n] mod (2**31 - 1). */
function seedrand(x: number): number {
  const hi = Math.trunc(x / 44488), lo = x % 44488;
  x = 48271 * lo - 3399 * hi;
  return x < 0 ? x + INT32MAX : x;
}

/** RngSource is Go's rngSource: 607 64-bit words (high and low halves) with feed and tap indexes. */
export class RngSource {
  tap = 0;
  feed = 0;
  readonly hi = new Int32Array(LEN);
  readonly lo = new Int32Array(LEN);
  constructor(seed: Int64) { this.seed(seed); }

  /** seed resets the state exactly as Go's (*rngSource).Seed does. */
  seed(seed: Int64): void {
    const c = cookedWords();
    this.tap = 0;
    this.feed = LEN - TAP;
    let s = typeof seed === 'bigint' ? Number(seed % BigInt(INT32MAX)) : seed % INT32MAX;
    if (s < 0) s += INT32MAX;
    if (s === 0) s = 89482311;
    let x = s;
    for (let i = -20; i < LEN; i++) {
      x = seedrand(x);
      if (i >= 0) {
        // u = x<<40 ^ x'<<20 ^ x'' ^ rngCooked[i], as two 32-bit halves
        let hi = x << 8, lo = 0;
        x = seedrand(x);
        hi ^= x >>> 12;
        lo ^= x << 20;
        x = seedrand(x);
        lo ^= x;
        this.hi[i] = hi ^ c[2 * i + 1];
        this.lo[i] = lo ^ c[2 * i];
      }
    }
  }

  /** int63 steps the generator (vec[feed] += vec[tap]) and returns the new word's low 63 bits. */
  int63(): Int64 {
    if (--this.tap < 0) this.tap += LEN;
    if (--this.feed < 0) this.feed += LEN;
    const f = this.feed, t = this.tap;
    const lo = (this.lo[f] >>> 0) + (this.lo[t] >>> 0);
    const hi = (this.hi[f] + this.hi[t] + (lo >= P32 ? 1 : 0)) | 0;
    this.lo[f] = lo;
    this.hi[f] = hi;
    const h = hi & 0x7fffffff, l = lo >>> 0;
    return h < 0x200000 ? h * P32 + l : (BigInt(h) << 32n) | BigInt(l);
  }
}

const big = (v: Int64): bigint => (typeof v === 'bigint' ? v : BigInt(v));
/** shr32 is uint32(v >> k) for an int64 v. */
const shr32 = (v: Int64, k: number): number => (typeof v === 'number' ? Math.floor(v / 2 ** k) >>> 0 : Number(BigInt.asUintN(32, v >> BigInt(k))));

const RAND_GO = '/usr/lib/go-1.23/src/math/rand/rand.go';
/** argPanic is Go's `panic("invalid argument to F")` raised in (*Rand).F. */
function argPanic(fn: string, line: number): GoPanic {
  return withFrames(new GoPanic({ t: basic.string, v: `invalid argument to ${fn}` }), [{ name: `math/rand.(*Rand).${fn}`, file: RAND_GO, line, np: 1 }]);
}

type Gen<T> = Generator<unknown, T, unknown>;
interface RandObj { src: Iface | null }

/** randPackage builds package math/rand for a runtime. */
export function randPackage(rt: Runtime) {
  const world: Rng = rt.world.rng.fork('math/rand');
  const sourceT = hostType('math/rand', 'rngSource', () => null);
  sourceT.str = '*rand.rngSource';
  sourceT.methods.set('Int63', function* (_g: unknown, s: RngSource) { return s.int63(); });
  sourceT.methods.set('Seed', function* (_g: unknown, s: RngSource, seed: Int64) { s.seed(seed); });

  // The Source's Int63: ours directly, a learner's through its method (which may block).
  function* int63(g: unknown, r: RandObj): Gen<Int64> {
    const s = r.src;
    if (s === null) throw nilPanic();
    if (s.t === sourceT || s.t === worldT) return (s.v as RngSource).int63();
    return (yield* s.t.methods.get('Int63')!(g, s.v)) as Int64;
  }
  function* int31(g: unknown, r: RandObj): Gen<number> { return shr32(yield* int63(g, r), 32) | 0; }
  function* uint32(g: unknown, r: RandObj): Gen<number> { return shr32(yield* int63(g, r), 31); }
  function* int63n(g: unknown, r: RandObj, n: Int64): Gen<Int64> {
    const N = big(n);
    if (N <= 0n) throw argPanic('Int63n', 122);
    if ((N & (N - 1n)) === 0n) return norm(big(yield* int63(g, r)) & (N - 1n));
    const max = (1n << 63n) - 1n - (1n << 63n) % N;
    let v = big(yield* int63(g, r));
    while (v > max) v = big(yield* int63(g, r));
    return norm(v % N);
  }
  function* int31n(g: unknown, r: RandObj, n: number): Gen<number> {
    if (n <= 0) throw argPanic('Int31n', 139);
    if ((n & (n - 1)) === 0) return (yield* int31(g, r)) & (n - 1);
    const max = INT32MAX - (2147483648 % n);
    let v = yield* int31(g, r);
    while (v > max) v = yield* int31(g, r);
    return v % n;
  }
  // Go's unexported (*Rand).int31n (Lemire's method), which Shuffle uses.
  function* int31nFast(g: unknown, r: RandObj, n: number): Gen<number> {
    let prod = BigInt(yield* uint32(g, r)) * BigInt(n);
    let low = Number(prod & 0xffffffffn);
    if (low < n) {
      const thresh = (P32 - n) % n;
      while (low < thresh) {
        prod = BigInt(yield* uint32(g, r)) * BigInt(n);
        low = Number(prod & 0xffffffffn);
      }
    }
    return Number(prod >> 32n);
  }
  function* intn(g: unknown, r: RandObj, n: Int64): Gen<Int64> {
    if (n <= 0) throw argPanic('Intn', 180);
    return n <= INT32MAX ? yield* int31n(g, r, Number(n)) : yield* int63n(g, r, n);
  }
  function* float64(g: unknown, r: RandObj): Gen<number> {
    for (;;) {
      const f = Number(yield* int63(g, r)) / 2 ** 63;
      if (f !== 1) return f;
    }
  }
  function* perm(g: unknown, r: RandObj, n: Int64) {
    if (n < 0) throw withFrames(runtimePanic('makeslice: len out of range'), [{ name: 'math/rand.(*Rand).Perm', file: RAND_GO, line: 230, np: 1 }]);
    const m: number[] = new Array(Number(n)).fill(0);
    for (let i = 0; i < m.length; i++) {
      const j = Number(yield* intn(g, r, i + 1));
      m[i] = m[j];
      m[j] = i;
    }
    return fromArray(m);
  }
  function* shuffle(g: unknown, r: RandObj, n: Int64, swap: (g: unknown, i: number, j: number) => Gen<unknown>): Gen<void> {
    if (n < 0) throw argPanic('Shuffle', 249);
    let i = Number(n) - 1;
    for (; i > INT32MAX - 1; i--) yield* swap(g, i, Number(yield* int63n(g, r, i + 1)));
    for (; i > 0; i--) yield* swap(g, i, yield* int31nFast(g, r, i + 1));
  }
  function* seed(g: unknown, r: RandObj, s: Int64): Gen<void> {
    const src = r.src;
    if (src === null) throw nilPanic();
    if (src.t === sourceT) (src.v as RngSource).seed(s);
    else yield* src.t.methods.get('Seed')!(g, src.v, s);
  }

  const randT = hostType('math/rand', 'Rand', () => ({ src: null }));
  const rm = ptrTo(randT).methods;
  rm.set('Int63', int63);
  rm.set('Int31', int31);
  rm.set('Uint32', uint32);
  rm.set('Int', function* (g: unknown, r: RandObj) { return norm(BigInt.asUintN(63, big(yield* int63(g, r)))); });
  rm.set('Int63n', int63n);
  rm.set('Int31n', int31n);
  rm.set('Intn', intn);
  rm.set('Float64', float64);
  rm.set('Perm', perm);
  rm.set('Shuffle', shuffle);
  rm.set('Seed', seed);

  // The package-level functions: Go's algorithms over the world's stream (Go seeds it at random) until rand.Seed
  // switches them to Go's seeded source (Go 1.23 semantics). Both sources are ours and never block, so drive is safe.
  const worldT = hostType('math/rand', 'runtimeSource', () => null);
  worldT.str = '*rand.runtimeSource';
  const worldSource = { int63: (): Int64 => norm((BigInt(world.uint32() >>> 1) << 32n) | BigInt(world.uint32())) };
  let global: RandObj = { src: { t: worldT, v: worldSource } };
  // pkg runs (*Rand).fn on the global Rand; a panic in it also shows the package function's frame, as in Go.
  function pkg<T>(fn: string, line: number, gen: Generator<unknown, T, unknown>): T {
    try {
      return drive(gen);
    } catch (e) {
      if (e instanceof GoPanic) (e.inner ??= []).push({ name: `math/rand.${fn}`, file: RAND_GO, line, np: 1 });
      throw e;
    }
  }
  return {
    types: { Rand: randT },
    vars: {},
    funcs: {
      Seed: (_g: unknown, seed: Int64) => { global = { src: { t: sourceT, v: new RngSource(seed) } }; },
      Int63: (g: unknown) => pkg('Int63', 423, int63(g, global)),
      Uint32: (g: unknown) => pkg('Uint32', 427, uint32(g, global)),
      Int31: (g: unknown) => pkg('Int31', 435, int31(g, global)),
      Int: (g: unknown) => pkg('Int', 438, rm.get('Int')!(g, global)),
      Int63n: (g: unknown, n: Int64) => pkg('Int63n', 443, int63n(g, global, n)),
      Int31n: (g: unknown, n: number) => pkg('Int31n', 448, int31n(g, global, n)),
      Intn: (g: unknown, n: Int64) => pkg('Intn', 453, intn(g, global, n)),
      Float64: (g: unknown) => pkg('Float64', 457, float64(g, global)),
      Perm: (g: unknown, n: Int64) => pkg('Perm', 465, perm(g, global, n)),
      Shuffle: function* (g: unknown, n: Int64, swap: (g: unknown, i: number, j: number) => Gen<unknown>) {
        try {
          yield* shuffle(g, global, n, swap);
        } catch (e) {
          if (e instanceof GoPanic && n < 0) (e.inner ??= []).push({ name: 'math/rand.Shuffle', file: RAND_GO, line: 470, np: 1 });
          throw e;
        }
      },
      NewSource: (_g: unknown, seed: Int64): Iface => ({ t: sourceT, v: new RngSource(seed) }),
      New: (_g: unknown, src: Iface | null): RandObj => ({ src }),
    },
  };
}
