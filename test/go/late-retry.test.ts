// The browser's retry for late parts (src/go/late-retry.ts): work that recorded a late key is done again once the
// key is loaded, as often as each round loads something new, and a part that keeps recording itself is our bug.
import { describe, expect, it } from 'vitest';
import { IDLE_ROUNDS, withLateParts, type LateParts } from '../../src/go/late-retry.ts';

/** fakeParts is a lazy loader over `keys`, with the record of late keys the work writes through `need`. */
function fakeParts(keys: string[]) {
  const loaded = new Set<string>();
  const recorded = new Set<string>();
  let count = 0;
  const loads: string[][] = [];
  const parts: LateParts = {
    lateCount: () => count,
    lateKeys: () => [...recorded],
    isPending: (k) => keys.includes(k) && !loaded.has(k),
    loadKeys: async (ks) => { const l = [...ks]; loads.push(l); for (const k of l) loaded.add(k); },
  };
  const need = (k: string): boolean => { if (loaded.has(k)) return true; recorded.add(k); count++; return false; };
  return { parts, need, loads, bump: () => { count++; } };
}

describe('withLateParts', () => {
  it('returns the first result when the work recorded nothing, without loading', async () => {
    const f = fakeParts(['a']);
    let runs = 0;
    expect(await withLateParts(f.parts, () => ++runs)).toBe(1);
    expect(f.loads).toEqual([]);
  });

  it('follows a chain of parts each revealed by the one before (more rounds than any fixed small bound)', async () => {
    const chain = ['std:strconv#more', 'go:float', 'go:floatx', 'go:timefmt', 'go:diag'];
    const f = fakeParts(chain);
    let runs = 0;
    let reloads = 0;
    const out = await withLateParts(f.parts, () => {
      runs++;
      for (const k of chain) if (!f.need(k)) return `placeholder at ${k}`;
      return 'done';
    }, () => { reloads++; });
    expect(out).toBe('done');
    expect(runs).toBe(chain.length + 1);
    expect(reloads).toBe(chain.length);
    expect(f.loads).toEqual(chain.map((k) => [k]));
  });

  it('loads only the recorded keys still pending, not those loaded in an earlier round', async () => {
    const f = fakeParts(['a', 'b']);
    await withLateParts(f.parts, () => { f.need('a'); if (f.need('a')) f.need('b'); });
    expect(f.loads).toEqual([['a'], ['b']]);
  });

  it('does the work again when another request counted a late key meanwhile, and returns that result', async () => {
    const f = fakeParts([]);
    let runs = 0;
    const out = await withLateParts(f.parts, () => { runs++; if (runs === 1) f.bump(); return runs; });
    expect(out).toBe(2);
  });

  it('reports a part that records itself as missing after it loaded as an internal error, after a bounded number of rounds', async () => {
    const f = fakeParts(['a']);
    let runs = 0;
    const work = () => { runs++; f.need('a'); f.bump(); };
    await expect(withLateParts(f.parts, work)).rejects.toThrow('internal error: the runtime still needs a after loading it');
    expect(runs).toBe(1 + 1 + IDLE_ROUNDS);
  });
});
