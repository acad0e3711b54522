// Grading speed (npm run bench:grade): wall time to grade each exercise's solution under all its scenarios
// and seeds with one warm engine (programs compiled, datasets filled, JIT warm), two ways: as the worker
// grades a submission (the reference solution's runs cached from an earlier grade, so only the learner's
// runs happen) and with the reference's runs made too; then the medians over exercises.
// Goal (issue 6): median <= 150 ms per exercise in Node. Prints a table; asserts nothing.
import { performance } from 'node:perf_hooks';
import { createGoEngine } from '../src/grader/engine/go-engine.ts';
import { gradeSubmission } from '../src/grader/grade.ts';
import { loadExercise } from '../src/grader/loader.ts';
import type { ScenarioRun } from '../src/grader/report.ts';
import { loadSqlJs } from '../src/cli/sim-stack.ts';
import { EXERCISES_DIR, readExerciseFiles } from '../src/cli/exercise-files.ts';
import { readdirSync, existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

const dir = EXERCISES_DIR;
const only = process.argv.slice(2);
const slugs = readdirSync(dir).filter((s) => existsSync(join(dir, s, 'starter.go')) && (only.length === 0 || only.includes(s))).sort();
const engine = createGoEngine(await loadSqlJs());
const rows: { slug: string; cached: number; full: number; scenarios: number; runs: number; passed: boolean }[] = [];
for (const slug of slugs) {
  const files = await readExerciseFiles(slug);
  const r = files && loadExercise(files);
  if (!r || !r.ok) { console.log(`${slug}: does not load`); continue; }
  const ex = r.exercise;
  const referenceRuns = new Map<string, ScenarioRun>();
  gradeSubmission(engine, ex, ex.solution, { referenceRuns }); // warm: compiles, shims, datasets, JIT; caches the reference's runs
  let t = performance.now();
  const rep = gradeSubmission(engine, ex, ex.solution, { referenceRuns });
  const cached = performance.now() - t;
  t = performance.now();
  const full = gradeSubmission(engine, ex, ex.solution);
  const fullMs = performance.now() - t;
  const runs = rep.scenarios.reduce((n, s) => n + s.seedsRun, 0);
  rows.push({ slug, cached, full: fullMs, scenarios: rep.scenarios.length, runs, passed: rep.passed && full.passed });
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log('| exercise | scenarios | learner runs | wall ms (reference cached) | wall ms (reference run too) | passed |');
console.log('| --- | ---: | ---: | ---: | ---: | --- |');
for (const x of rows) console.log(`| ${x.slug} | ${x.scenarios} | ${x.runs} | ${x.cached.toFixed(0)} | ${x.full.toFixed(0)} | ${x.passed ? 'yes' : 'NO'} |`);
console.log(`median ${median(rows.map((x) => x.cached)).toFixed(0)} ms per exercise with the reference's runs cached (as the worker grades), ${median(rows.map((x) => x.full)).toFixed(0)} ms running them too (goal <= 150 ms)`);
