// Our Go runtime against every golden program (real Go 1.23's recorded result), with a ratchet:
// known-failures.txt lists goldens that fail today; an unlisted failure or a listed pass fails the run.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOLDEN_DIR, listGoldens, parseBlock, splitGolden } from './golden-file.ts';
import { readKnownFailures } from './known-failures.ts';
import { diffResult, loadRuntime, runOurs, runtimeLoadError } from './run-ours.ts';

const goldens = listGoldens();
const known = readKnownFailures();
let runtime: Awaited<ReturnType<typeof loadRuntime>> = null;
let passed = 0;

beforeAll(async () => {
  runtime = await loadRuntime();
});

afterAll(() => {
  const why = runtimeLoadError();
  console.log(`goldens: ${passed}/${goldens.length} pass with our runtime${why ? ` (${why})` : ''}; ${known.size} listed as known failures`);
});

describe('golden programs', () => {
  it('every golden has a recorded result and there are at least 250', () => {
    const missing = goldens.filter((g) => splitGolden(readFileSync(join(GOLDEN_DIR, g), 'utf8')).block === null);
    expect(missing).toEqual([]);
    expect(goldens.length).toBeGreaterThanOrEqual(250);
  });

  it('known-failures.txt names only existing goldens', () => {
    expect([...known].filter((k) => !existsSync(join(GOLDEN_DIR, k)))).toEqual([]);
  });

  for (const g of goldens) {
    it(`${g} ${known.has(g) ? 'is a known failure' : 'matches real Go'}`, () => {
      const { source, block } = splitGolden(readFileSync(join(GOLDEN_DIR, g), 'utf8'));
      const want = parseBlock(block ?? '// Output:');
      const diff = runtime ? diffResult(want, runOurs(runtime, source)) : `runtime unavailable: ${runtimeLoadError()}`;
      if (diff === '') passed++;
      if (known.has(g)) {
        expect(diff, `${g} passes now: remove it from test/go/golden/known-failures.txt`).not.toBe('');
      } else {
        expect(diff, `${g} differs from real Go 1.23`).toBe('');
      }
    });
  }
});
