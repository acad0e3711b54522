// Every exercise graded by the Go engine (issue 6): the solution passes every scenario under every seed; the
// starter fails with evidence at a line of starter.go; each mistake fails the check its header names and
// passes the happy path; a hard-coded answer fails correctResult; the same seed gives the same report.
import { beforeAll, describe, expect, it } from 'vitest';
import { gradeSubmission, type ScenarioEngine } from '../../src/grader/grade.ts';
import { loadExercise, type Exercise } from '../../src/grader/loader.ts';
import type { GradeReport } from '../../src/grader/report.ts';
import { createGoEngine } from '../../src/grader/engine/go-engine.ts';
import { loadSqlJs } from '../../src/cli/sim-stack.ts';
import { exerciseSlugs, readExercise } from './read-exercise.ts';

const SLOW = 600_000;
let engine: ScenarioEngine<unknown>;
const exercises = new Map<string, Exercise>();

beforeAll(async () => {
  engine = createGoEngine(await loadSqlJs()) as ScenarioEngine<unknown>;
  for (const slug of exerciseSlugs()) {
    const r = loadExercise(await readExercise(slug));
    if (!r.ok) throw new Error(`${slug} does not load`);
    exercises.set(slug, r.exercise);
  }
});

function failing(report: GradeReport): string[] {
  return report.scenarios.filter((s) => !s.passed).map((s) => `${s.name}@${s.seed}: ${s.reason ?? s.checks.filter((c) => !c.passed).map((c) => c.check).join(', ')}`);
}

/** hardCoded makes the first entry function return the given results at once (the rest of its body stays, unreachable, so every import is still used). */
function hardCoded(ex: Exercise, results: string[]): string {
  const e = ex.entries[0]!;
  const start = ex.solution.search(new RegExp(`^func ${e.name}\\(`, 'm'));
  const open = ex.solution.indexOf('{\n', start);
  return ex.solution.slice(0, open + 2) + `\treturn ${[...results, 'nil'].join(', ')}\n` + ex.solution.slice(open + 2);
}

describe.each(exerciseSlugs())('exercises/%s graded by the Go engine', (slug) => {
  it('the solution passes every scenario under every seed', () => {
    const ex = exercises.get(slug)!;
    const report = gradeSubmission(engine, ex, ex.solution);
    expect(report.compile.diagnostics).toEqual([]);
    expect(failing(report)).toEqual([]);
    expect(report.passed).toBe(true);
  }, SLOW);

  it('the starter fails, with evidence at lines of starter.go', () => {
    const ex = exercises.get(slug)!;
    const report = gradeSubmission(engine, ex, ex.starter);
    expect(report.passed).toBe(false);
    const lines = ex.starter.split('\n').length;
    const evidence = report.scenarios.flatMap((s) => s.checks.flatMap((c) => c.evidence));
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) if ('site' in e && e.site) expect(e.site.file === 'main.go' && e.site.line >= 1 && e.site.line <= lines).toBe(true);
  }, SLOW);

  it('each mistake fails the check its header names and passes the happy path', () => {
    const ex = exercises.get(slug)!;
    for (const m of ex.mistakes) {
      const happyNames = ex.scenarios.filter((s) => s.name.startsWith('happy-path') && !m.header.scenarios.includes(s.name)).map((s) => s.name);
      const only = m.header.scenarios.length > 0 ? [...m.header.scenarios, ...happyNames] : undefined;
      const report = gradeSubmission(engine, ex, m.source, only ? { only } : {});
      const named = m.header.scenarios.length > 0 ? report.scenarios.filter((s) => m.header.scenarios.includes(s.name)) : report.scenarios;
      const caught = named.some((s) => s.checks.some((c) => c.check === m.header.check && !c.passed));
      expect(caught, `${m.file} is caught by ${m.header.check}: ${failing(report).join('; ')}`).toBe(true);
      for (const s of report.scenarios.filter((x) => happyNames.includes(x.name))) expect(s.passed, `${m.file} passes ${s.name}`).toBe(true);
    }
  }, SLOW);

  it('a solution that hard-codes the expected output fails correctResult', () => {
    const ex = exercises.get(slug)!;
    const happy = ex.scenarios.find((s) => s.name.startsWith('happy-path') && s.drive.kind === 'call' && s.checks.some((c) => c.check === 'correctResult'));
    if (!happy || ex.entries[0]!.receiver || ex.entries[0]!.results.at(-1)?.type !== 'error') return; // handler exercises answer over HTTP
    const compiled = engine.compile([{ name: 'main.go', text: ex.solution }]);
    if (!compiled.ok) throw new Error('solution does not compile');
    const first = engine.run(compiled.program, ex, happy, happy.seed).calls[0]!;
    const report = gradeSubmission(engine, ex, hardCoded(ex, first.results), { only: [happy.name] });
    expect(report.compile.diagnostics).toEqual([]);
    expect(report.scenarios[0]!.checks.find((c) => c.check === 'correctResult')?.passed).toBe(false);
  }, SLOW);

  it('the same seed gives the same report', () => {
    const ex = exercises.get(slug)!;
    const only = ex.scenarios.slice(0, 2).map((s) => s.name);
    const a = gradeSubmission(engine, ex, ex.starter, { seed: 12345, only });
    const b = gradeSubmission(engine, ex, ex.starter, { seed: 12345, only });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  }, SLOW);
});
