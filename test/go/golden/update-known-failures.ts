// Rewrites known-failures.txt from what fails today and prints the pass count.
// Usage: npx tsx test/go/golden/update-known-failures.ts [--verbose]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLDEN_DIR, listGoldens, parseBlock, splitGolden } from './golden-file.ts';
import { writeKnownFailures } from './known-failures.ts';
import { diffResult, loadRuntime, runOurs, runtimeLoadError } from './run-ours.ts';

const verbose = process.argv.includes('--verbose');
const runtime = await loadRuntime();
const goldens = listGoldens();
const failing: string[] = [];
let internal = 0;
for (const g of goldens) {
  const { source, block } = splitGolden(readFileSync(join(GOLDEN_DIR, g), 'utf8'));
  const diff = runtime ? diffResult(parseBlock(block ?? '// Output:'), runOurs(runtime, source)) : 'runtime unavailable';
  if (diff !== '') {
    failing.push(g);
    if (diff.startsWith('internal error')) internal++;
    if (verbose) console.log(`FAIL ${g}\n${diff.replace(/^/gm, '    ')}`);
  }
}
const passed = goldens.length - failing.length;
const summary = `${passed}/${goldens.length} goldens pass (${internal} internal errors)${runtime ? '' : `; ${runtimeLoadError()}`}`;
writeKnownFailures(failing, `${passed}/${goldens.length} goldens pass`);
console.log(summary);
