// Every golden program, run with real Go 1.23, must print exactly what its comment block records
// (after the golden normalisation: no build header, no ./, no pc offsets or addresses, frame args as (...)).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLDEN_DIR, listGoldens, parseBlock, splitGolden } from '../go/golden/golden-file.ts';
import { GO, runRealGo } from '../go/golden/real-go.ts';

const goldens = listGoldens();

describe('golden programs under real Go 1.23', () => {
  it('has Go 1.23 installed', () => {
    expect(existsSync(GO), `Go 1.23 not found at ${GO}: run scripts/install-system-deps.sh`).toBe(true);
  });

  it.each(goldens)('%s matches its recorded block', (g) => {
    const { source, block } = splitGolden(readFileSync(join(GOLDEN_DIR, g), 'utf8'));
    expect(block, `${g} has no recorded block: run npx tsx test/go/golden/record.ts ${g}`).not.toBeNull();
    const want = parseBlock(block!);
    const got = runRealGo(source);
    expect(got).toEqual(want);
  });
});
