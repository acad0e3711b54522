// Test helper: compile and run a Go program (main.go) with the course runtime.
import { compile, formatDiagnostic, runProgram, type RunOptions, type RunResult } from '../../../src/go/index.ts';

/** goRun compiles src as main.go and runs it; compile errors come back as stderr with exit code 1. */
export function goRun(src: string, opts: RunOptions = {}): RunResult & { source?: string } {
  const c = compile([{ name: 'main.go', text: src }]);
  if (!c.ok) return { exitCode: 1, stdout: '', stderr: c.diagnostics.map((d) => formatDiagnostic(d) + '\n').join(''), outcome: 'exit' };
  return { ...runProgram(c.program, { seed: 1, ...opts }), source: c.program.source };
}

/** main wraps statements into a program importing fmt. */
export function prog(body: string, imports: string[] = ['fmt'], decls = ''): string {
  return `package main\n\nimport (\n${imports.map((i) => `\t"${i}"\n`).join('')})\n\n${decls}\n\nfunc main() {\n${body}\n}\n`;
}
