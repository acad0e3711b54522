/** leakproof: the command-line runner — `leakproof run FILE.go [MORE.go ...] [--seed N]` behaves like `go run`. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { compile, formatDiagnostic, runProgram } from '../go/index.ts';

function usage(): never {
  process.stderr.write('usage: leakproof run FILE.go [MORE.go ...] [--seed N]\n');
  process.exit(2);
}

/** main parses argv and runs the program, exiting with its code. */
function main(argv: string[]): void {
  if (argv[0] !== 'run') usage();
  const files: string[] = [];
  let seed = 1;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--seed') { seed = Number(argv[++i]); if (!Number.isFinite(seed)) usage(); }
    else if (a.startsWith('--seed=')) seed = Number(a.slice(7));
    else files.push(a);
  }
  if (files.length === 0) usage();
  const sources = files.map((f) => ({ name: basename(f), text: readFileSync(f, 'utf8') }));
  const c = compile(sources);
  if (!c.ok) {
    const errs = c.diagnostics.filter((d) => d.severity === 'error');
    process.stderr.write('# command-line-arguments\n' + errs.map((d) => './' + formatDiagnostic(d) + '\n').join(''));
    process.exitCode = 1;
    return;
  }
  const r = runProgram(c.program, { seed, env: process.env as Record<string, string> });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  if (r.exitCode !== 0) process.stderr.write(`exit status ${r.exitCode}\n`);
  process.exitCode = r.exitCode;
}

main(process.argv.slice(2));
