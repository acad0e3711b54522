/// <reference lib="webworker" />
/**
 * runner-worker is the workbench's Web Worker: it holds sql.js, the Go runtime and the grader. `run`
 * compiles the learner's main.go and runs main against a seeded simulated MySQL server, returning the
 * output and the event log; `check` grades the source against its exercise one scenario at a time,
 * posting progress between scenarios (the page's watchdog counts those as signs of life). Before compiling,
 * each request loads the standard-library packages the source imports (this worker's build swaps the eager
 * package registration for per-package chunks: src/go/lazy.ts), so compile and grading stay synchronous.
 */
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import type { SqlJs } from '../mysql/sqljs-types.ts';
import { runLessonProgram } from '../go/std/sql/lesson-run.ts';
import { createGoEngine, ENGINE_STD, type EngineProgram } from '../grader/engine/go-engine.ts';
import { isPending, loadKeys, prepare, stdKey } from '../go/lazy.ts';
import { withLateParts } from '../go/late-retry.ts';
import { lateCount, lateKeys } from '../go/syntax/late-keys.ts';
import { gradeSubmission, type CompileOutcome, type ScenarioEngine } from '../grader/grade.ts';
import type { GradeReport } from '../grader/report.ts';
import type { Exercise } from '../grader/loader.ts';
import type { ReferenceRun } from '../grader/reference-results.ts';
import { referenceRunsOf, type GradingData } from '../ui/workbench/grading-data.ts';
import { packTimelines } from '../ui/workbench/timeline-pack.ts';
import type { RunnerReply, RunnerRequest, RunOutput } from './runner-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

/** RUN_MAX_STEPS is the step budget of one Run (docs/go-subset.md names it). */
const RUN_MAX_STEPS = 20_000_000;
/** RUN_MAX_OUTPUT is the output cap of one Run in bytes. */
const RUN_MAX_OUTPUT = 64 * 1024;

let sqljs: Promise<SqlJs> | null = null;
let engine: ScenarioEngine<EngineProgram> | null = null;
/** Graded is an exercise with its reference calls (from grading.json, plus any run made for an entry it lacks). */
interface Graded { exercise: Exercise; refs: Map<string, ReferenceRun> }
/** exercises caches each exercise's grading data by URL. */
const exercises = new Map<string, Promise<Graded>>();
/** latest is the id of the newest request: a warm-up stops as soon as another request has arrived. */
let latest = 0;

/** COMPILE_CACHE_SIZE bounds the compiled programs kept (reference solutions and recent learner sources). */
const COMPILE_CACHE_SIZE = 8;

/** memoCompile keeps recent compilations, so a program (and the harness shims compiled into it) is built once per source, not once per scenario. */
function memoCompile<P>(inner: ScenarioEngine<P>): ScenarioEngine<P> {
  const cache = new Map<string, CompileOutcome<P>>();
  return {
    compile(files) {
      const key = JSON.stringify(files);
      let hit = cache.get(key);
      if (hit) cache.delete(key);
      else {
        const late = lateCount();
        hit = inner.compile(files);
        // an outcome with a placeholder diagnostic (a part still to load) is compiled again after the load, never reused
        if (lateCount() !== late) return hit;
      }
      cache.set(key, hit);
      if (cache.size > COMPILE_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      return hit;
    },
    run: (program, exercise, scenario, seed) => inner.run(program, exercise, scenario, seed),
  };
}

function loadSql(): Promise<SqlJs> {
  sqljs ??= initSqlJs({ locateFile: () => wasmUrl }) as Promise<SqlJs>;
  return sqljs;
}

function post(m: RunnerReply, transfer: Transferable[] = []): void {
  self.postMessage(m, transfer);
}

/** run compiles and runs main.go on the course database (plus a lesson's named setup), as a Run button shows it. */
async function run(source: string, seed: number, setup?: string): Promise<RunOutput> {
  const [sql] = await Promise.all([loadSql(), prepare([{ name: 'main.go', text: source }])]);
  return runLessonProgram(sql, source, { seed, setup, maxSteps: RUN_MAX_STEPS, maxOutputBytes: RUN_MAX_OUTPUT });
}

/** gradingOf fetches an exercise's grading data (the build validated it: it is used as it is). */
function gradingOf(url: string): Promise<Graded> {
  let p = exercises.get(url);
  if (!p) {
    p = fetch(url).then(async (r) => {
      if (!r.ok) throw new Error(`the exercise's grading data could not be loaded (${r.status} ${r.statusText} for ${url})`);
      const data = (await r.json()) as GradingData;
      return { exercise: data.exercise, refs: referenceRunsOf(data) };
    });
    p.catch(() => exercises.delete(url));
    exercises.set(url, p);
  }
  return p;
}

/** ENGINE_KEYS are the lazy keys of the packages the grading engine itself needs. */
const ENGINE_KEYS = ENGINE_STD.map(stdKey);

/** prepareGrading loads what grading `source` needs: its imports, the reference solution's (compiled when a reference run is missing) and the engine's own packages. */
const prepareGrading = (exercise: Exercise, source: string): Promise<void> =>
  prepare([{ name: 'main.go', text: source }, { name: 'solution.go', text: exercise.solution }], ENGINE_KEYS);

async function gradingEngine(): Promise<ScenarioEngine<EngineProgram>> {
  const sql = await loadSql();
  engine ??= memoCompile(createGoEngine(sql));
  return engine;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** warm loads sql.js and, for an exercise, grades the trusted starter one scenario at a time (filling the datasets, compiling, warming the JIT), yielding between scenarios and stopping once another request has arrived. */
async function warm(id: number, grading?: string, source?: string): Promise<boolean> {
  const eng = await gradingEngine();
  if (!grading || source === undefined || latest !== id) return latest !== id;
  const { exercise, refs } = await gradingOf(grading);
  await prepareGrading(exercise, source);
  for (const s of exercise.scenarios) {
    await nextTurn();
    if (latest !== id) return true;
    const part = gradeSubmission(eng, exercise, source, { only: [s.name], referenceRuns: refs });
    if (!part.compile.ok || !part.signature.ok) break;
  }
  return false;
}

async function check(id: number, grading: string, source: string): Promise<GradeReport> {
  const [{ exercise, refs }, eng] = await Promise.all([gradingOf(grading), gradingEngine()]);
  await prepareGrading(exercise, source);
  const total = exercise.scenarios.length;
  post({ id, type: 'progress', done: 0, total });
  // One scenario per call, so progress (and the watchdog's sign of life) comes between scenarios.
  const parts: GradeReport[] = [];
  for (let i = 0; i < total; i++) {
    const part = gradeSubmission(eng, exercise, source, { only: [exercise.scenarios[i]!.name], referenceRuns: refs });
    parts.push(part);
    post({ id, type: 'progress', done: i + 1, total });
    if (!part.compile.ok || !part.signature.ok) return part;
  }
  const scenarios = parts.flatMap((p) => p.scenarios);
  return { ...parts[0]!, scenarios, passed: scenarios.every((s) => s.passed) };
}

/** withLateKeys does `work` again after loading the parts it found it needed late (src/go/late-retry.ts), so no placeholder text is ever shown. */
function withLateKeys<T>(work: () => Promise<T>): Promise<T> {
  // the grading engine keeps compile outcomes by source: a fresh one forgets those with placeholder text
  return withLateParts({ lateCount, lateKeys, isPending, loadKeys }, work, () => { engine = null; });
}

async function handle(req: RunnerRequest): Promise<void> {
  const t0 = performance.now();
  if (req.type === 'run') {
    const output = await withLateKeys(() => run(req.source, req.seed, req.setup));
    return post({ id: req.id, type: 'run', output, wallMs: performance.now() - t0 });
  }
  if (req.type === 'warm') {
    const stopped = await withLateKeys(() => warm(req.id, req.grading, req.source));
    return post({ id: req.id, type: 'warm', wallMs: performance.now() - t0, stopped });
  }
  // The timelines go as transferred buffers: the page decodes one only when its pool view opens.
  const { report, timelines } = packTimelines(await withLateKeys(() => check(req.id, req.grading, req.source)));
  post({ id: req.id, type: 'check', report, timelines, wallMs: performance.now() - t0 }, timelines);
}

self.onmessage = (e: MessageEvent<RunnerRequest>) => {
  latest = e.data.id;
  handle(e.data).catch((err: unknown) => {
    post({ id: e.data.id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  });
};
