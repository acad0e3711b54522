// Runs a golden program with our Go runtime (src/go/index.ts, loaded lazily so a missing or broken
// runtime shows up as failing goldens, not as a crashed test file).
import { validString, fromByteString } from '../../../src/go/std/format/utf8.ts';
import { normaliseStderr, type Expected } from './golden-file.ts';

/** OurResult is our runtime's normalised result, or an internal error (a bug of ours, never a Go outcome). */
export type OurResult = (Expected & { kind: 'ok'; outcome?: string }) | { kind: 'internal'; error: string };

interface GoApi {
  compile(files: { name: string; text: string }[]): { ok: true; program: unknown } | { ok: false; diagnostics: Diag[] };
  runProgram(program: unknown, opts?: { seed?: number; maxSteps?: number; maxOutputBytes?: number }): { exitCode: number; stdout: string; stderr: string; outcome: string };
  formatDiagnostic(d: Diag): string;
}
interface Diag { file: string; line: number; col: number; message: string; severity: 'error' | 'warning' }

let api: GoApi | null = null;
let loadError: string | null = null;

/** loadRuntime imports src/go/index.ts once; returns null (and remembers why) when it is missing or incomplete. */
export async function loadRuntime(): Promise<GoApi | null> {
  if (api || loadError) return api;
  try {
    const path = '../../../src/go/index.ts';
    const mod = (await import(/* @vite-ignore */ path)) as Partial<GoApi>;
    if (typeof mod.compile !== 'function' || typeof mod.runProgram !== 'function' || typeof mod.formatDiagnostic !== 'function') {
      loadError = 'src/go/index.ts does not export compile, runProgram and formatDiagnostic yet';
    } else api = mod as GoApi;
  } catch (e) {
    loadError = `cannot load src/go/index.ts: ${(e as Error).message.split('\n')[0]}`;
  }
  return api;
}

/** runtimeLoadError says why the runtime could not be loaded (null when it loaded). */
export function runtimeLoadError(): string | null {
  return loadError;
}

/** asText turns program output into a JS string: byte strings (one char per UTF-8 byte) are decoded. */
export function asText(s: string): string {
  if (!/[\x80-\xff]/.test(s) || /[^\x00-\xff]/.test(s)) return s;
  return validString(s) ? fromByteString(s) : s;
}

/** RUN_LIMITS bound every golden run so a runaway program ends with a budget outcome instead of hanging. */
export const RUN_LIMITS = { seed: 1, maxSteps: 20_000_000, maxOutputBytes: 1 << 20 };

/** runOurs compiles and runs source as main.go with our runtime; exceptions are internal errors. */
export function runOurs(runtime: GoApi, source: string, seed = RUN_LIMITS.seed): OurResult {
  try {
    const c = runtime.compile([{ name: 'main.go', text: source }]);
    if (!c.ok) {
      const errors = c.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length === 0) return { kind: 'internal', error: 'compile failed without an error diagnostic' };
      return { kind: 'ok', stdout: '', stderr: normaliseStderr(errors.map((d) => runtime.formatDiagnostic(d) + '\n').join('')), exit: 1 };
    }
    const r = runtime.runProgram(c.program, { ...RUN_LIMITS, seed });
    if ((r.outcome as string) === 'internal') return { kind: 'internal', error: asText(r.stderr) };
    return { kind: 'ok', stdout: asText(r.stdout), stderr: normaliseStderr(asText(r.stderr)), exit: r.exitCode, outcome: r.outcome };
  } catch (e) {
    const err = e as Error;
    return { kind: 'internal', error: `${err?.name ?? 'Error'}: ${err?.message ?? String(e)}\n${(err?.stack ?? '').split('\n').slice(1, 6).join('\n')}` };
  }
}

/** diffResult describes how ours differs from the expectation ('' when identical). */
export function diffResult(want: Expected, got: OurResult): string {
  if (got.kind === 'internal') return `internal error: ${got.error}`;
  const parts: string[] = [];
  const show = (name: string, w: string, g: string): void => {
    if (w === g) return;
    const wl = w.split('\n'), gl = g.split('\n');
    let i = 0;
    while (i < wl.length && wl[i] === gl[i]) i++;
    parts.push(`${name} differs at line ${i + 1}:\n  want: ${JSON.stringify(wl[i] ?? '<end>')}\n  got:  ${JSON.stringify(gl[i] ?? '<end>')}`);
  };
  show('stdout', want.stdout, got.stdout);
  show('stderr', want.stderr, got.stderr);
  if (want.exit !== got.exit) parts.push(`exit: want ${want.exit}, got ${got.exit}`);
  return parts.join('\n');
}
