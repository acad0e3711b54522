// Runs real Go 1.23 on golden programs and (re)writes each file's trailing comment block.
// Usage: npx tsx test/go/golden/record.ts [feature/case.go ...]   (default: every golden)
// Never run from npm test. Each program is built with `go build` in a temp module (go 1.23) and the
// binary run with a 90 s limit (the stack-overflow golden fills a 1 GB stack), so `go run`'s "exit status N" line never appears.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLDEN_DIR, listGoldens, renderBlock, splitGolden } from './golden-file.ts';
import { runRealGo } from './real-go.ts';

const args = process.argv.slice(2);
const files = args.length > 0 ? args.map((a) => a.replace(/^test\/go\/golden\//, '')) : listGoldens();
let changed = 0;
for (const rel of files) {
  const path = join(GOLDEN_DIR, rel);
  const text = readFileSync(path, 'utf8');
  const { source } = splitGolden(text);
  const expected = runRealGo(source);
  const body = source.endsWith('\n') ? source : source + '\n';
  const next = body + '\n' + renderBlock(expected);
  if (next !== text) {
    writeFileSync(path, next);
    changed++;
  }
  process.stdout.write(`${rel}: exit ${expected.exit}\n`);
}
console.log(`recorded ${files.length} goldens (${changed} changed)`);
