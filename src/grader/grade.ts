/**
 * gradeSubmission is the one entry point that grades a learner's Go for an exercise: compile, check the
 * entry signatures, run every scenario under each of its seeds (the learner's program and the reference
 * solution on the same seed), evaluate the checks and assemble the GradeReport. Running Go is behind
 * the ScenarioEngine interface, which the Go runtime's database/sql binding implements.
 */
import type { z } from 'zod';
import { declaredSignature } from './go-source.ts';
import { signatureShape } from './go-signature.ts';
import type { Exercise } from './loader.ts';
import { buildReport, evaluateScenario, type SeedRun } from './evaluate.ts';
import type { DiagnosticSchema, GradeReport, ScenarioResult, ScenarioRun } from './report.ts';
import type { Scenario } from './scenario.ts';
import type { ReferenceRun } from './reference-results.ts';
import { referenceCalls, referenceKey } from './reference-calls.ts';

/** Diagnostic is a compile diagnostic (src/go/index.ts's shape). */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

/** CompileOutcome is a compiled program (opaque to the grader) or the runtime's Go-worded diagnostics. */
export type CompileOutcome<P> = { ok: true; program: P } | { ok: false; diagnostics: Diagnostic[] };

/** ScenarioEngine compiles Go and runs one scenario of an exercise under one seed, recording a ScenarioRun. */
export interface ScenarioEngine<P = unknown> {
  compile(files: { name: string; text: string }[]): CompileOutcome<P>;
  run(program: P, exercise: Exercise, scenario: Scenario, seed: number): ScenarioRun;
}

/** GradeOptions: seed replays exactly one seed of every scenario (the report's failing seed). */
export interface GradeOptions {
  seed?: number;
  /** only restricts grading to these scenario names. */
  only?: string[];
  /**
   * referenceRuns caches the reference solution's calls across submissions (they never change), keyed
   * scenario@seed: filled from reference-results.json (referenceRunsFrom) and by the runs made when missing.
   */
  referenceRuns?: Map<string, ReferenceRun>;
}


/** checkEntries says whether the source declares every entry point with the exercise's signature. */
export function checkEntries(exercise: Exercise, source: string): GradeReport['signature'] {
  const expected = exercise.entries.map((e) => e.text);
  for (const e of exercise.entries) {
    const got = declaredSignature(source, e.name, e.receiver?.type);
    if (!got) return { ok: false, expected, message: `main.go: missing ${e.text}` };
    if (signatureShape(got) !== signatureShape(e)) return { ok: false, expected, message: `main.go: ${got.text} has the wrong signature; the exercise expects ${e.text}` };
  }
  return { ok: true, expected };
}

/** seedsOf lists the seeds a scenario runs under. */
export function seedsOf(scenario: Scenario, opts: GradeOptions = {}): number[] {
  if (opts.seed !== undefined) return [opts.seed >>> 0];
  return Array.from({ length: scenario.seeds }, (_, i) => (scenario.seed + i) >>> 0);
}

/** gradeSubmission grades source (one main.go) against an exercise with the given engine. */
export function gradeSubmission<P>(engine: ScenarioEngine<P>, exercise: Exercise, source: string, opts: GradeOptions = {}): GradeReport {
  const compiled = engine.compile([{ name: 'main.go', text: source }]);
  if (!compiled.ok) return buildReport(exercise.slug, { ok: false, diagnostics: compiled.diagnostics }, { ok: false, expected: exercise.entries.map((e) => e.text), message: 'not checked: the program does not compile' }, []);
  const signature = checkEntries(exercise, source);
  if (!signature.ok) return buildReport(exercise.slug, { ok: true, diagnostics: [] }, signature, []);
  // The reference solution is compiled and run only for the (scenario, seed) pairs the cache lacks.
  let ref: P | undefined;
  const referenceProgram = (): P => {
    if (ref !== undefined) return ref;
    const c = engine.compile([{ name: 'main.go', text: exercise.solution }]);
    if (!c.ok) throw new Error(`grader: the reference solution of ${exercise.slug} does not compile: ${c.diagnostics.map((d) => `${d.file}:${d.line}:${d.col}: ${d.message}`).join('; ')}`);
    return (ref = c.program);
  };
  const scenarios = exercise.scenarios.filter((s) => !opts.only || opts.only.includes(s.name));
  const results = scenarios.map((scenario): ScenarioResult => {
    const runs: SeedRun[] = [];
    let last: ScenarioResult | undefined;
    for (const seed of seedsOf(scenario, opts)) {
      const run = engine.run(compiled.program, exercise, scenario, seed);
      const key = referenceKey(scenario.name, seed);
      let reference = opts.referenceRuns?.get(key);
      if (!reference) {
        reference = { calls: referenceCalls(engine.run(referenceProgram(), exercise, scenario, seed)) };
        opts.referenceRuns?.set(key, reference);
      }
      runs.push({ run, reference });
      last = evaluateScenario(scenario, runs.slice(-1));
      if (!last.passed) break;
    }
    // Over all the runs, evaluateScenario would pick the first failing one, which is the last one run: reuse
    // its verdict instead of checking every run again, counting the seeds run.
    return last ? { ...last, seedsRun: runs.length } : evaluateScenario(scenario, runs);
  });
  return buildReport(exercise.slug, { ok: true, diagnostics: [] }, signature, results);
}
