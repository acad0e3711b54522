// Grading speed (npm run bench:grade): wall and CPU time to grade each exercise's solution under all its
// scenarios and seeds with one warm engine (programs compiled, datasets filled, JIT warm), two ways: as a
// Check grades a submission (the reference solution's calls read from the exercise's precomputed
// reference-results.json, so only the learner's runs happen) and with the reference's runs made too;
// then the medians over exercises. Goal (issue 6): median <= 150 ms per exercise in Node.
// Usage: npm run bench:grade [-- slug ...] [-- --rounds N] (the median of N measured grades per exercise; default 3).
// Prints a table; asserts nothing.
import { performance } from 'node:perf_hooks';
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { createGoEngine } from '../src/grader/engine/go-engine.ts';
import { gradeSubmission } from '../src/grader/grade.ts';
import { loadExercise } from '../src/grader/loader.ts';
import { referenceRunsFrom } from '../src/grader/reference-results.ts';
import { loadSqlJs } from '../src/cli/sim-stack.ts';
import { EXERCISES_DIR, readExerciseFiles } from '../src/cli/exercise-files.ts';

const dir = EXERCISES_DIR;
const argv = process.argv.slice(2);
const ri = argv.indexOf('--rounds');
const rounds = ri >= 0 ? Number(argv[ri + 1]) : 3;
const only = argv.filter((a, i) => !a.startsWith('--') && (ri < 0 || i !== ri + 1));
const slugs = readdirSync(dir).filter((s) => existsSync(join(dir, s, 'starter.go')) && (only.length === 0 || only.includes(s))).sort();
const engine = createGoEngine(await loadSqlJs());
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** timed measures wall and CPU (user + system) milliseconds of fn. */
function timed<T>(fn: () => T): { value: T; wall: number; cpu: number } {
  const c = process.cpuUsage();
  const t = performance.now();
  const value = fn();
  const wall = performance.now() - t;
  const u = process.cpuUsage(c);
  return { value, wall, cpu: (u.user + u.system) / 1000 };
}

const rows: { slug: string; wall: number; cpu: number; fullWall: number; fullCpu: number; scenarios: number; runs: number; precomputed: boolean; passed: boolean }[] = [];
const load0 = loadavg();
for (const slug of slugs) {
  const files = await readExerciseFiles(slug);
  const r = files && loadExercise(files);
  if (!r || !r.ok) { console.log(`${slug}: does not load`); continue; }
  const ex = r.exercise;
  const refFile = join(dir, slug, 'reference-results.json');
  const fromFile = () => referenceRunsFrom(ex, existsSync(refFile) ? JSON.parse(readFileSync(refFile, 'utf8')) : undefined);
  const expected = ex.scenarios.reduce((n, s) => n + s.seeds, 0);
  const precomputed = fromFile().size === expected;
  gradeSubmission(engine, ex, ex.solution, { referenceRuns: fromFile() }); // warm: compiles, shims, datasets, JIT
  const checks = Array.from({ length: rounds }, () => timed(() => gradeSubmission(engine, ex, ex.solution, { referenceRuns: fromFile() })));
  const fulls = Array.from({ length: Math.max(1, Math.min(rounds, 2)) }, () => timed(() => gradeSubmission(engine, ex, ex.solution)));
  const rep = checks[0]!.value;
  rows.push({
    slug,
    wall: median(checks.map((x) => x.wall)),
    cpu: median(checks.map((x) => x.cpu)),
    fullWall: median(fulls.map((x) => x.wall)),
    fullCpu: median(fulls.map((x) => x.cpu)),
    scenarios: rep.scenarios.length,
    runs: rep.scenarios.reduce((n, s) => n + s.seedsRun, 0),
    precomputed,
    passed: rep.passed && fulls.every((f) => f.value.passed),
  });
}
console.log(`load average ${load0.map((l) => l.toFixed(2)).join(' ')} before, ${loadavg().map((l) => l.toFixed(2)).join(' ')} after (2 cores shared); median of ${rounds} grades per exercise`);
console.log('| exercise | scenarios | learner runs | Check: wall ms | Check: CPU ms | reference run too: wall ms | CPU ms | passed |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const x of rows) console.log(`| ${x.slug} | ${x.scenarios} | ${x.runs} | ${x.wall.toFixed(0)}${x.precomputed ? '' : ' (reference ran: no reference-results.json)'} | ${x.cpu.toFixed(0)} | ${x.fullWall.toFixed(0)} | ${x.fullCpu.toFixed(0)} | ${x.passed ? 'yes' : 'NO'} |`);
console.log(`median ${median(rows.map((x) => x.wall)).toFixed(0)} ms wall (${median(rows.map((x) => x.cpu)).toFixed(0)} ms CPU) per exercise with the reference's calls precomputed (as a Check grades); ${median(rows.map((x) => x.fullWall)).toFixed(0)} ms wall running the reference too (goal <= 150 ms)`);
