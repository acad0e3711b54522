// Grading speed (npm run bench:grade): wall time to grade each exercise's solution under all its scenarios
// and seeds (the learner's runs and the reference's), with one warm engine; then the median over exercises.
// Goal (issue 6): median <= 150 ms per exercise in Node. Prints a table; asserts nothing.
import { performance } from 'node:perf_hooks';
import { createGoEngine } from '../src/grader/engine/go-engine.ts';
import { gradeSubmission } from '../src/grader/grade.ts';
import { loadExercise } from '../src/grader/loader.ts';
import { loadSqlJs } from '../src/cli/sim-stack.ts';
import { EXERCISES_DIR, readExerciseFiles } from '../src/cli/exercise-files.ts';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dir = EXERCISES_DIR;
const slugs = readdirSync(dir).filter((s) => existsSync(join(dir, s, 'starter.go'))).sort();
const engine = createGoEngine(await loadSqlJs());
const rows: [string, number, number, number, boolean][] = [];
for (const slug of slugs) {
  const files = await readExerciseFiles(slug);
  const r = files && loadExercise(files);
  if (!r || !r.ok) { console.log(`${slug}: does not load`); continue; }
  const ex = r.exercise;
  gradeSubmission(engine, ex, ex.solution); // warm: compiles, shims, dataset snapshots, JIT
  const t = performance.now();
  const rep = gradeSubmission(engine, ex, ex.solution);
  const ms = performance.now() - t;
  const runs = rep.scenarios.reduce((n, s) => n + s.seedsRun * 2, 0);
  rows.push([slug, ms, rep.scenarios.length, runs, rep.passed]);
}
console.log('| exercise | scenarios | runs | wall ms | passed |');
console.log('| --- | ---: | ---: | ---: | --- |');
for (const [slug, ms, n, runs, ok] of rows) console.log(`| ${slug} | ${n} | ${runs} | ${ms.toFixed(0)} | ${ok ? 'yes' : 'NO'} |`);
const sorted = rows.map((r) => r[1]).sort((a, b) => a - b);
console.log(`median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms per exercise (goal <= 150 ms)`);
