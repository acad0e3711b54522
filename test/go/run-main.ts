// Helpers for tests that compile and run one small program with the eager runtime.
import { compile, formatDiagnostic, runProgram } from '../../src/go/index.ts';

/** runMain compiles `text` as main.go and runs it; a compile error fails the test with Go's messages. */
export function runMain(text: string): ReturnType<typeof runProgram> {
  const c = compile([{ name: 'main.go', text }]);
  if (!c.ok) throw new Error(c.diagnostics.map(formatDiagnostic).join('\n'));
  return runProgram(c.program);
}

/** mainProgram is a package main importing the space-separated `imports`, with `body` as main's body. */
export const mainProgram = (imports: string, body: string): string => `package main\n\nimport (\n${imports.split(' ').map((p) => `\t"${p}"\n`).join('')})\n\nfunc main() {\n${body}\n}\n`;
