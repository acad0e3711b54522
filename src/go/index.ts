/** The Go runtime's API: compile learner files to a Program, run it (or one of its functions) in a sim World. */
import { parseFiles } from './syntax/index.ts';
import { checkFiles } from './types/index.ts';
import { Lowerer, LowerError } from './lower/lower.ts';
import { Runtime, type GoFunc, type Outcome } from './runtime/runtime.ts';
import { H } from './runtime/helpers.ts';
import { basic } from './runtime/rtype.ts';
import { installStd, isGeneratorFn, stdVersion } from './std/index.ts';
import { World } from '../sim/world.ts';
import { toByteString } from './std/format/utf8.ts';
import { G } from './runtime/goroutine.ts';
import { hangReport, type HangReport } from './hang.ts';
import { sqlEnv } from './std/sql/env.ts';

/** SourceFile is one named Go source file, e.g. `{ name: 'main.go', text }`. */
export interface SourceFile { name: string; text: string }
/** Diagnostic is a positioned compile error or warning with gc's wording. */
export interface Diagnostic { file: string; line: number; col: number; message: string; severity: 'error' | 'warning' }

/** formatDiagnostic renders `main.go:12:5: declared and not used: err`. */
export function formatDiagnostic(d: Diagnostic): string {
  return d.file === '' ? d.message : `${d.file}:${d.line}:${d.col}: ${d.message}`;
}

type Factory = ($rt: Runtime, $H: typeof H, $B: typeof basic) => { init: GoFunc; main: GoFunc | null; funcs: Record<string, GoFunc> };

/** Program is a compiled program: a factory that makes fresh package state for every run. */
export interface Program { readonly factory: Factory; readonly source: string; readonly files: string[] }

/** compile parses, checks and lowers the files of package main. */
export function compile(files: SourceFile[]): { ok: true; program: Program; warnings: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] } {
  const enc = files.map((f) => ({ name: f.name, text: f.text }));
  const parsed = parseFiles(enc);
  const perr = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (perr.length > 0) return { ok: false, diagnostics: parsed.diagnostics as Diagnostic[] };
  const checked = checkFiles(parsed.files);
  const cerr = checked.diagnostics.filter((d: Diagnostic) => d.severity === 'error');
  if (cerr.length > 0) return { ok: false, diagnostics: checked.diagnostics as Diagnostic[] };
  const hasMain = parsed.files.some((f) => f.decls.some((d) => d.kind === 'FuncDecl' && !d.recv && d.name.name === 'main'));
  if (!hasMain) {
    // reported by Go's linker, without a position
    return { ok: false, diagnostics: [{ file: '', line: 0, col: 0, message: 'runtime.main_main·f: function main is undeclared in the main package', severity: 'error' }] };
  }
  let source: string;
  try {
    const stdProbe = probeStd();
    source = new Lowerer(checked.info, (pkg, name) => isGeneratorFn(stdProbe[pkg]?.funcs?.[name]), (pkg, name) => !!stdProbe[pkg]?.types?.[name]).lowerProgram(parsed.files);
  } catch (e) {
    // Only constructs outside the course subset become diagnostics; an internal failure is our bug and is thrown.
    if (e instanceof LowerError && !e.message.startsWith('internal')) return { ok: false, diagnostics: [{ file: e.pos.file, line: e.pos.line, col: e.pos.col, message: e.message, severity: 'error' }] };
    throw e;
  }
  const factory = new Function('$rt', '$H', '$B', source) as Factory;
  return { ok: true, program: { factory, source, files: files.map((f) => f.name) }, warnings: checked.diagnostics.filter((d: Diagnostic) => d.severity === 'warning') as Diagnostic[] };
}

let probe: Record<string, any> | null = null;
let probeVersion = -1;
function probeStd(): Record<string, any> {
  if (!probe || probeVersion !== stdVersion.n) {
    const rt = new Runtime(new World({ seed: 0, log: false }));
    installStd(rt);
    probe = rt.pkgs;
    probeVersion = stdVersion.n;
  }
  return probe;
}

/** RunOptions configures one run. */
export interface RunOptions { seed?: number; world?: World; maxSteps?: number; maxOutputBytes?: number; env?: Record<string, string>; onWrite?: (fd: 1 | 2, bytes: string) => void }
/** RunResult is what a run printed and how it ended; `hang` (only when every goroutine blocked) says who waits on what and who holds each connection. */
export interface RunResult { exitCode: number; stdout: string; stderr: string; outcome: Outcome; hang?: HangReport }

/** runProgram runs main (after package initialisation) to completion in a fresh or given world. */
export function runProgram(program: Program, opts: RunOptions = {}): RunResult {
  const world = opts.world ?? new World({ seed: opts.seed ?? 1, log: false });
  const rt = new Runtime(world, { maxSteps: opts.maxSteps, maxOutputBytes: opts.maxOutputBytes, env: opts.env });
  rt.onWrite = opts.onWrite;
  installStd(rt);
  const inst = program.factory(rt, H, basic);
  rt.goMain(inst.init, inst.main);
  return finish(rt);
}

/** finish drives the world until the program ends and builds the result. */
function finish(rt: Runtime): RunResult {
  const r = rt.world.run({ until: () => rt.exited !== null });
  if (!rt.exited) {
    if (r.kind === 'deadlock') rt.deadlockReport();
    else if (r.kind === 'error') throw r.error;
    else rt.exited = { code: 0, outcome: 'exit' };
  }
  const ex = rt.exited!;
  const res: RunResult = { exitCode: ex.code, stdout: rt.stdoutText(), stderr: rt.stderrText(), outcome: ex.outcome };
  if (ex.outcome === 'deadlock') res.hang = hangReport(rt, sqlEnv(rt.world).opened ?? []);
  return res;
}

/** callFunction runs one of the program's functions with host-built arguments in n goroutines (for the grader). */
export function callFunction(program: Program, name: string, args: (i: number) => unknown[], n: number, opts: RunOptions = {}): RunResult & { results: unknown[] } {
  const world = opts.world ?? new World({ seed: opts.seed ?? 1, log: false });
  const rt = new Runtime(world, { maxSteps: opts.maxSteps, maxOutputBytes: opts.maxOutputBytes, env: opts.env });
  installStd(rt);
  const inst = program.factory(rt, H, basic);
  const fn = inst.funcs[name];
  if (!fn) throw new Error(`callFunction: no function ${name}`);
  const results: unknown[] = new Array(n);
  let left = n;
  rt.go(null, function* (g: G) {
    yield* inst.init(g);
    for (let i = 0; i < n; i++) rt.go(g, function* (g2: G) { results[i] = yield* fn(g2, ...args(i)); if (--left === 0 && !rt.exited) rt.exited = { code: 0, outcome: 'exit' }; }, []);
    if (n === 0) rt.exited = { code: 0, outcome: 'exit' };
  }, [], null, undefined, 'main');
  const r = finish(rt);
  return { ...r, results };
}

export { registerStdPackage } from './std/index.ts';
export { loadedKeys, loadKeys, needs, prepare, registerLazy, registerDetector, stdKey, type Detector } from './lazy.ts';
export type { StdPackage } from './std/index.ts';
export { Runtime } from './runtime/runtime.ts';
export type { HangReport, BlockedGoroutine, PoolHang, ConnHolder } from './hang.ts';

/** sourceToBytes converts JS source text to Go's byte-string form (exposed for hosts). */
export const sourceToBytes = toByteString;
