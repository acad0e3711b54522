// check-lesson-go: checks the Go in lesson files with real Go 1.23 and go-sql-driver/mysql 1.9.
// Usage: npx tsx scripts/check-lesson-go.ts lessons/02-rows-never-closed.mdx [more.mdx ...]
// Every ```go block must parse with `gofmt -e` (fragments are fine); every block that starts
// with `package main` must also pass `go build` and `go vet`. Exit code 1 when anything fails.
import { assertGoInstalled } from '../test/oracle/go-env.ts';
import { checkLessonFile, formatProblem } from './lesson-go-check.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npx tsx scripts/check-lesson-go.ts lessons/NN-slug.mdx [...]');
  process.exit(2);
}
try {
  assertGoInstalled();
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  const r = checkLessonFile(file);
  for (const p of r.problems) console.log(formatProblem(file, p));
  const verdict = r.problems.length === 0 ? 'ok' : `${r.problems.length} problem(s)`;
  console.log(`${file}: ${r.blocks} go block(s), ${r.programs} complete program(s) (gofmt -e, go build, go vet): ${verdict}`);
  if (r.problems.length) failed++;
}
process.exit(failed ? 1 : 0);
