/**
 * leakproof: the command-line runner. `leakproof run FILE.go [MORE.go ...] [--seed N] [--faults PLAN.json]`
 * behaves like `go run` against the simulated MySQL server (the `course` database at any DSN address).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { compile, formatDiagnostic, runProgram } from '../go/index.ts';
import { readFaultPlan, simStack } from './sim-stack.ts';
import { poolHangReport } from '../go/std/sql/ownership.ts';

function usage(): never {
  process.stderr.write('usage: leakproof run FILE.go [MORE.go ...] [--seed N] [--faults PLAN.json]\n');
  process.exit(2);
}

/** main parses argv and runs the program, exiting with its code. */
async function main(argv: string[]): Promise<void> {
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
  if (r.exitCode !== 0) process.stderr.write(`exit status ${r.exitCode}\n`);
  process.exitCode = r.exitCode;
}

void main(process.argv.slice(2));
