/** output-text: Go-worded text for the output panel and the source line a panic's trace points at (no DOM). */
import type { RunnerDiagnostic } from '../../worker/runner-protocol.ts';

/** formatDiagnostics prints compile errors as `go build` does. */
export function formatDiagnostics(ds: readonly RunnerDiagnostic[]): string {
  return '# command-line-arguments\n' + ds.map((d) => `./${d.file}:${d.line}:${d.col}: ${d.message}`).join('\n');
}

/** panicSite finds the first main.go frame of a panic's goroutine trace in stderr, with the panic's first line. */
export function panicSite(stderr: string): { line: number; message: string } | null {
  const start = stderr.search(/^panic: /m);
  if (start < 0) return null;
  const text = stderr.slice(start);
  const message = text.split('\n', 1)[0]!;
  const m = /^\t(?:\S*\/)?main\.go:(\d+)/m.exec(text);
  return m ? { line: Number(m[1]), message } : null;
}
