// Fuzzing the Go front end and runtime: random token soup and random mutations of golden programs must
// give positioned Go-style diagnostics or a Go-style run, never an internal error (a thrown exception,
// a malformed or unpositioned diagnostic, JavaScript error text in the output, or a hang).
// LEAKPROOF_FUZZ_RUNS and LEAKPROOF_FUZZ_SEED explore further than the fixed default.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { GOLDEN_DIR, listGoldens, splitGolden } from '../golden/golden-file.ts';
import { applyMutation, mutation, tokenSoup } from './generators.ts';
import { readKnownFailures } from '../golden/known-failures.ts';
import { IsolatedChecker } from './isolated.ts';
import { checkProgram } from './check-program.ts';

const RUNS = Number(process.env.LEAKPROOF_FUZZ_RUNS ?? 150);
const SEED = Number(process.env.LEAKPROOF_FUZZ_SEED ?? 20260611);
const checker = new IsolatedChecker(15_000);
afterAll(() => checker.close());

// Mutate the goldens our runtime passes today (known failures are tracked by the golden ratchet).
const known = readKnownFailures();
const goldenSources = listGoldens()
  .filter((g) => !known.has(g))
  .map((g) => splitGolden(readFileSync(join(GOLDEN_DIR, g), 'utf8')).source);

describe('fuzzing the Go runtime', () => {
  it('reports an exception thrown while compiling as an internal error, never as a result', async () => {
    // The checker itself must tell our bugs apart from Go outcomes: a valid program runs ...
    const good = await checkProgram('package main\n\nimport "fmt"\n\nfunc main() { fmt.Println(1) }\n');
    expect(good).toEqual({ ok: true, kind: 'ran', detail: 'exit' });
    // ... and a broken one yields a positioned diagnostic.
    const bad = await checkProgram('package main\n\nfunc main() { x := }\n');
    expect(bad.ok && bad.kind === 'diagnostics' && /^main\.go:3:\d+: syntax error: /.test(bad.detail)).toBe(true);
  });

  it('random token soup gives positioned diagnostics or a Go-style run', async () => {
    await fc.assert(
      fc.asyncProperty(tokenSoup, async (src) => {
        const v = await checker.check(src);
        if (!v.ok) throw new Error(`${v.why}\n--- program ---\n${src}`);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('random mutations of golden programs give positioned diagnostics or a Go-style run', async () => {
    const kinds = { diagnostics: 0, ran: 0 };
    await fc.assert(
      fc.asyncProperty(fc.nat(goldenSources.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (i, ms) => {
        const src = ms.reduce(applyMutation, goldenSources[i]);
        const v = await checker.check(src);
        if (!v.ok) throw new Error(`${v.why}\n--- mutations ---\n${JSON.stringify(ms)}\n--- program ---\n${src}`);
        kinds[v.kind]++;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // Both paths are exercised: some mutants still compile and run, others are rejected with diagnostics.
    expect(kinds.ran).toBeGreaterThan(RUNS / 20);
    expect(kinds.diagnostics).toBeGreaterThan(RUNS / 20);
  });
});
