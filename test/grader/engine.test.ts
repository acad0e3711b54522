import { beforeAll, describe, expect, it } from 'vitest';
import { createGoEngine } from '../../src/grader/engine/go-engine.ts';
import { gradeSubmission, type ScenarioEngine } from '../../src/grader/grade.ts';
import { loadExercise, type Exercise } from '../../src/grader/loader.ts';
import { loadSqlJs } from '../../src/cli/sim-stack.ts';
import { readExercise } from '../exercises/read-exercise.ts';

let engine: ScenarioEngine<unknown>;
let ex: Exercise;
beforeAll(async () => {
  engine = createGoEngine(await loadSqlJs()) as ScenarioEngine<unknown>;
  const r = loadExercise(await readExercise('query-helper'));
  if (!r.ok) throw new Error('query-helper does not load');
  ex = r.exercise;
});

describe('the Go engine', () => {
  it('grades the reference solution as passing', () => {
    const report = gradeSubmission(engine, ex, ex.solution);
    const failing = report.scenarios.filter((s) => !s.passed).map((s) => `${s.name}@${s.seed}: ${s.reason ?? ''} ${JSON.stringify(s.checks.filter((c) => !c.passed))}`.slice(0, 600));
    expect(failing).toEqual([]);
  });
});
