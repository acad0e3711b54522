// checkProgram compiles and runs one program with our runtime and says whether the result is Go-shaped:
// positioned diagnostics, or a run that ends with a Go outcome. Anything else is an internal error.
import { loadRuntime, runtimeLoadError } from '../golden/run-ours.ts';

/** Verdict is ok, or an internal error (a bug of ours) with a description. */
export type Verdict = { ok: true; kind: 'diagnostics' | 'ran'; detail: string } | { ok: false; why: string };

const OUTCOMES = new Set(['exit', 'panic', 'deadlock', 'fatal', 'steps', 'output', 'stack']);
// Text a JavaScript failure leaves behind; a Go program's own output never contains these by accident.
const JS_LEAK = /\b(TypeError|ReferenceError|SyntaxError|RangeError|InternalError): |is not a function|Cannot read properties of|Maximum call stack size exceeded|\bundefined is not\b|\[object Object\]/;

/** FUZZ_LIMITS keep every fuzz run short. */
export const FUZZ_LIMITS = { seed: 1, maxSteps: 200_000, maxOutputBytes: 64 * 1024 };

/** checkProgram runs source as main.go and classifies the result. */
export async function checkProgram(source: string): Promise<Verdict> {
  const rt = await loadRuntime();
  if (!rt) return { ok: false, why: `runtime unavailable: ${runtimeLoadError()}` };
  let phase = 'compile';
  try {
    const c = rt.compile([{ name: 'main.go', text: source }]);
    if (!c.ok) {
      const errors = c.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length === 0) return { ok: false, why: 'compile failed without an error diagnostic' };
      const lines = source.split('\n');
      for (const d of c.diagnostics) {
        const text = rt.formatDiagnostic(d);
        // The one diagnostic Go gives without a position: the linker's, when package main has no main.
        if (d.file === '' && text === 'runtime.main_main·f: function main is undeclared in the main package') continue;
        if (d.file !== 'main.go') return { ok: false, why: `diagnostic in unknown file: ${text}` };
        if (!Number.isInteger(d.line) || d.line < 1 || d.line > lines.length + 1) return { ok: false, why: `diagnostic line out of range: ${text}` };
        if (!Number.isInteger(d.col) || d.col < 1) return { ok: false, why: `diagnostic column out of range: ${text}` };
        if (!/^main\.go:\d+:\d+: \S/.test(text)) return { ok: false, why: `malformed diagnostic: ${JSON.stringify(text)}` };
        if (/^internal\b/i.test(d.message) || JS_LEAK.test(d.message)) return { ok: false, why: `internal error reported as a diagnostic: ${text}` };
      }
      return { ok: true, kind: 'diagnostics', detail: rt.formatDiagnostic(errors[0]) };
    }
    phase = 'run';
    const r = rt.runProgram(c.program, FUZZ_LIMITS);
    if (!OUTCOMES.has(r.outcome)) return { ok: false, why: `unknown outcome ${r.outcome}` };
    if (!Number.isInteger(r.exitCode) || r.exitCode < 0 || r.exitCode > 255) return { ok: false, why: `exit code ${r.exitCode}` };
    if (JS_LEAK.test(r.stderr)) return { ok: false, why: `JavaScript error text in stderr: ${r.stderr.split('\n').find((l) => JS_LEAK.test(l))}` };
    return { ok: true, kind: 'ran', detail: r.outcome };
  } catch (e) {
    const err = e as Error;
    return { ok: false, why: `${phase} threw ${err?.name}: ${err?.message}\n${(err?.stack ?? '').split('\n').slice(1, 4).join('\n')}` };
  }
}
