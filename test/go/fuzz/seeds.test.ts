// Goldens are deterministic under real Go whatever the scheduling, so our runtime must print the recorded
// result under every seed (the seed drives map order and the scheduler's choices), not only under seed 1.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { GOLDEN_DIR, listGoldens, parseBlock, splitGolden } from '../golden/golden-file.ts';
import { readKnownFailures } from '../golden/known-failures.ts';
import { diffResult, loadRuntime, runOurs } from '../golden/run-ours.ts';

const RUNS = Number(process.env.LEAKPROOF_FUZZ_RUNS ?? 150);
const SEED = Number(process.env.LEAKPROOF_FUZZ_SEED ?? 20260611);
const known = readKnownFailures();
const goldens = listGoldens()
  .filter((g) => !known.has(g))
  .map((g) => ({ g, ...splitGolden(readFileSync(join(GOLDEN_DIR, g), 'utf8')) }));

let runtime: Awaited<ReturnType<typeof loadRuntime>> = null;
beforeAll(async () => {
  runtime = await loadRuntime();
});

describe('goldens under random seeds', () => {
  it('the seed matters: map iteration order differs between seeds, as in Go', () => {
    const src = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tm := map[int]bool{1: true, 2: true, 3: true, 4: true, 5: true}\n\tfor k := range m {\n\t\tfmt.Print(k)\n\t}\n\tfmt.Println()\n}\n';
    const orders = new Set<string>();
    for (let seed = 1; seed <= 20; seed++) {
      const r = runOurs(runtime!, src, seed);
      if (r.kind === 'ok') orders.add(r.stdout);
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it('print the recorded result whatever the seed', () => {
    expect(runtime, 'our runtime must load').not.toBeNull();
    fc.assert(
      fc.property(fc.nat(goldens.length - 1), fc.integer({ min: 2, max: 2 ** 31 - 1 }), (i, seed) => {
        const { g, source, block } = goldens[i];
        const diff = diffResult(parseBlock(block ?? '// Output:'), runOurs(runtime!, source, seed));
        if (diff !== '') throw new Error(`${g} with seed ${seed}:\n${diff}`);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
