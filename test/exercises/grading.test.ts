// Every exercise graded by the Go engine: the solution passes, the starter fails with evidence in its own
// lines, each mistake is caught by the check its header names and passes the happy path, a hard-coded
// answer fails correctResult, and the same seed gives the same report.
import { beforeAll, describe, expect, it } from 'vitest';
import { gradeSubmission, type ScenarioEngine } from '../../src/grader/grade.ts';
import { loadExercise, type Exercise } from '../../src/grader/loader.ts';
import type { GradeReport } from '../../src/grader/report.ts';
import { exerciseSlugs, readExercise } from './read-exercise.ts';

import { createGoEngine } from '../../src/grader/engine/go-engine.ts';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import initSqlJs from 'sql.js';

// Grading an exercise runs hundreds of scenario runs; these are the slowest tests of the suite.
const SLOW = 600_000;
let engine: ScenarioEngine;
const exercises = new Map<string, Exercise>();

/** freshEngine gives each exercise its own engine and sql.js instance, so one exercise's runs never share a wasm heap with another's. */
async function freshEngine(): Promise<ScenarioEngine> {
  const wasm = readFileSync(createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm'));
  const sqljs = await initSqlJs({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer });
  return createGoEngine(sqljs) as unknown as ScenarioEngine;
}

beforeAll(async () => {
  for (const slug of exerciseSlugs()) {
    const r = loadExercise(await readExercise(slug));
    if (!r.ok) throw new Error(`${slug} does not load`);
    exercises.set(slug, r.exercise);
  }
}, SLOW);

function failing(report: GradeReport): string[] {
  return report.scenarios.filter((s) => !s.passed).map((s) => `${s.name}@${s.seed}: ${s.reason ?? s.checks.filter((c) => !c.passed).map((c) => c.check).join(', ')}`);
}

/** hardCoded makes the first entry function return the reference's first results before doing anything (the rest stays, so imports stay used). */
function hardCoded(ex: Exercise, results: string[]): string {
  const e = ex.entries[0]!;
  const start = ex.solution.search(new RegExp(`^func ${e.name}\\(`, 'm'));
  const open = ex.solution.indexOf('{\n', start);
  return `${ex.solution.slice(0, open)}{\n\treturn ${[...results, 'nil'].join(', ')}\n${ex.solution.slice(open + 2)}`;
}

describe.each(exerciseSlugs())('exercises/%s graded by the Go engine', (slug) => {
  beforeAll(async () => {
    engine = await freshEngine();
  });

  it('the solution passes every scenario under every seed', () => {
    const ex = exercises.get(slug)!;
    const report = gradeSubmission(engine, ex, ex.solution);
    expect(report.compile.diagnostics).toEqual([]);
    expect(failing(report)).toEqual([]);
    expect(report.passed).toBe(true);
  }, SLOW);

  it('the starter fails at least one scenario, with evidence at a line of starter.go', () => {
    const ex = exercises.get(slug)!;
    const report = gradeSubmission(engine, ex, ex.starter);
    expect(report.passed).toBe(false);
    const lines = ex.starter.split('\n').length;
    const evidence = report.scenarios.flatMap((s) => s.checks.flatMap((c) => c.evidence));
    const sited = evidence.filter((e) => 'site' in e && e.site !== undefined);
    // leak evidence names a line of the learner's file; other failures (an error not propagated, a missed deadline) carry no site
    for (const e of sited) if ('site' in e && e.site) expect(e.site.file === 'main.go' && e.site.line >= 1 && e.site.line <= lines).toBe(true);
    expect(evidence.length).toBeGreaterThan(0);
  }, SLOW);

  it('each mistake fails the check its header names, in its scenarios, and passes the happy path', () => {
    const ex = exercises.get(slug)!;
    for (const m of ex.mistakes) {
      const report = gradeSubmission(engine, ex, m.source);
      const named = m.header.scenarios.length > 0 ? report.scenarios.filter((s) => m.header.scenarios.includes(s.name)) : report.scenarios;
      const caught = named.some((s) => s.checks.some((c) => c.check === m.header.check && !c.passed));
      expect(caught, `${m.file} is caught by ${m.header.check}`).toBe(true);
      const happy = report.scenarios.filter((s) => s.name.startsWith('happy-path') && !m.header.scenarios.includes(s.name));
      for (const s of happy) expect(s.passed, `${m.file} passes ${s.name}`).toBe(true);
    }
  }, SLOW);

  it('a solution that hard-codes the expected output fails correctResult', () => {
    const ex = exercises.get(slug)!;
    const happy = ex.scenarios.find((s) => s.name.startsWith('happy-path') && s.drive.kind === 'call');
    if (!happy) return; // handler exercises answer over HTTP: their hard-coded variant is checked by the load test
    const compiled = engine.compile([{ name: 'main.go', text: ex.solution }]);
    if (!compiled.ok) throw new Error('solution does not compile');
    const first = engine.run(compiled.program, ex, happy, happy.seed).calls[0]!;
    const report = gradeSubmission(engine, ex, hardCoded(ex, first.results), { only: [happy.name] });
    expect(report.scenarios[0]!.checks.find((c) => c.check === 'correctResult')?.passed).toBe(false);
  }, SLOW);

  it('the same seed gives the same report', () => {
    const ex = exercises.get(slug)!;
    const a = gradeSubmission(engine, ex, ex.starter, { seed: 12345 });
    const b = gradeSubmission(engine, ex, ex.starter, { seed: 12345 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  }, SLOW);
});
