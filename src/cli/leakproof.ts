/**
 * leakproof: the command-line runner. `leakproof run FILE.go [MORE.go ...] [--seed N] [--faults PLAN.json]`
 * behaves like `go run` against the simulated MySQL server (the `course` database at any DSN address);
 * `leakproof check SLUG FILE.go [--json] [--seed N]` grades FILE.go against exercises/SLUG (exit 0 pass,
 * 1 a scenario fails, 2 compile errors).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { compile, formatDiagnostic, runProgram } from '../go/index.ts';
import { readFaultPlan, simStack } from './sim-stack.ts';
import { poolHangReport } from '../go/std/sql/ownership.ts';
import { httpReport } from '../go/std/http-server.ts';
import { reportText } from '../go/std/http-report.ts';
import { createGoEngine } from '../grader/engine/go-engine.ts';
import { gradeSubmission } from '../grader/grade.ts';
import { formatProblem, loadExercise } from '../grader/loader.ts';
import { formatReport, reportExitCode } from '../grader/format-report.ts';
import { loadSqlJs } from './sim-stack.ts';
import { readExerciseFiles } from './exercise-files.ts';

function usage(): never {
  process.stderr.write('usage: leakproof run FILE.go [MORE.go ...] [--seed N] [--faults PLAN.json]\n       leakproof check SLUG FILE.go [--json] [--seed N]\n');
  process.exit(2);
}

/** main parses argv and runs the program, exiting with its code. */
async function main(argv: string[]): Promise<void> {
  if (argv[0] === 'check') return check(argv.slice(1));
  if (argv[0] !== 'run') usage();
  const files: string[] = [];
  let seed = 1;
  let faults: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--seed') { seed = Number(argv[++i]); if (!Number.isFinite(seed)) usage(); }
    else if (a.startsWith('--seed=')) seed = Number(a.slice(7));
    else if (a === '--faults') { faults = argv[++i]; if (!faults) usage(); }
    else if (a.startsWith('--faults=')) faults = a.slice(9);
    else files.push(a);
  }
  if (files.length === 0) usage();
  const sources = files.map((f) => ({ name: basename(f), text: readFileSync(f, 'utf8') }));
  const plan = faults ? readFaultPlan(faults) : undefined;
  if (plan && !plan.ok) {
    process.stderr.write(plan.errors.join('\n') + '\n');
    process.exitCode = 2;
    return;
  }
  const c = compile(sources);
  if (!c.ok) {
    const errs = c.diagnostics.filter((d) => d.severity === 'error');
    process.stderr.write('# command-line-arguments\n' + errs.map((d) => (d.file ? './' : '') + formatDiagnostic(d) + '\n').join(''));
    process.exitCode = 1;
    return;
  }
  const { world, env } = await simStack({ seed, sources, ...(plan ? { faults: plan.plan } : {}) });
  const r = runProgram(c.program, { seed, world, env: process.env as Record<string, string> });
  const hang = r.outcome === 'deadlock' ? poolHangReport(world, env.opened ?? []) : null;
  process.stdout.write(r.stdout);
  process.stderr.write(hang ? r.stderr.replace('fatal error: all goroutines are asleep - deadlock!', hang) : r.stderr);
  // A server program: the simulated clients' requests and answers, in the runner's voice (after the program's own stderr).
  const http = httpReport(world);
  if (http) process.stderr.write(reportText(http));
  if (r.exitCode !== 0) process.stderr.write(`exit status ${r.exitCode}\n`);
  process.exitCode = r.exitCode;
}

/** check grades one file against an exercise and prints the report. */
async function check(argv: string[]): Promise<void> {
  let json = false;
  let seed: number | undefined;
  const pos: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--seed') { seed = Number(argv[++i]); if (!Number.isInteger(seed)) usage(); }
    else if (a.startsWith('--seed=')) seed = Number(a.slice(7));
    else pos.push(a);
  }
  if (pos.length !== 2) usage();
  const [slug, file] = pos as [string, string];
  const files = await readExerciseFiles(slug);
  if (!files) { process.stderr.write(`leakproof: no exercise ${JSON.stringify(slug)} in exercises/\n`); process.exitCode = 2; return; }
  const loaded = loadExercise(files);
  if (!loaded.ok) { process.stderr.write(loaded.problems.map((p) => formatProblem(slug, p)).join('\n') + '\n'); process.exitCode = 2; return; }
  const engine = createGoEngine(await loadSqlJs());
  const report = gradeSubmission(engine, loaded.exercise, readFileSync(file, 'utf8'), seed !== undefined ? { seed } : {});
  process.stdout.write(json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
  process.exitCode = reportExitCode(report);
}

void main(process.argv.slice(2));
