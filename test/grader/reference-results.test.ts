// The committed reference results (exercises/<slug>/reference-results.json) must be exactly what a fresh
// run of each reference solution gives, so they cannot go stale; `npm run grader:references` rewrites them
// (LEAKPROOF_WRITE_REFERENCES=1). And a grade that has them runs no reference at all.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGoEngine } from '../../src/grader/engine/go-engine.ts';
import { gradeSubmission, seedsOf, type ScenarioEngine } from '../../src/grader/grade.ts';
import { loadExercise, type Exercise } from '../../src/grader/loader.ts';
import { buildReferenceResults, fingerprint, formatReferenceResults, referenceKey, referenceRunsFrom, ReferenceResultsSchema } from '../../src/grader/reference-results.ts';
import type { ScenarioRun } from '../../src/grader/report.ts';
import { EXERCISES_DIR, exerciseSlugs, readExercise } from '../exercises/read-exercise.ts';
import { loadSqlJs } from '../mysql/load-sqljs.ts';

const SLOW = 300_000;
const WRITE = process.env.LEAKPROOF_WRITE_REFERENCES === '1';
let engine: ScenarioEngine;
const exercises = new Map<string, Exercise>();

beforeAll(async () => {
  engine = createGoEngine(await loadSqlJs()) as unknown as ScenarioEngine;
  for (const slug of exerciseSlugs()) {
    const r = loadExercise(await readExercise(slug));
    if (!r.ok) throw new Error(`${slug} does not load`);
    exercises.set(slug, r.exercise);
  }
}, SLOW);

const fileOf = (slug: string): string => join(EXERCISES_DIR, slug, 'reference-results.json');

/** countingEngine counts the runs of each program source. */
function countingEngine(inner: ScenarioEngine, ran: string[]): ScenarioEngine {
  const names = new Map<unknown, string>();
  return {
    compile(files) {
      const c = inner.compile(files);
      if (c.ok) names.set(c.program, files[0]!.text);
      return c;
    },
    run(p, ex, s, seed) {
      ran.push(names.get(p) === ex.solution ? 'reference' : 'learner');
      return inner.run(p, ex, s, seed);
    },
  };
}

describe.each(exerciseSlugs())('exercises/%s/reference-results.json', (slug) => {
  it('is what the reference solution returns now, in every scenario under every seed', () => {
    const ex = exercises.get(slug)!;
    const compiled = engine.compile([{ name: 'main.go', text: ex.solution }]);
    if (!compiled.ok) throw new Error(`${slug}: the solution does not compile`);
    const runs = new Map<string, ScenarioRun>();
    for (const s of ex.scenarios) for (const seed of seedsOf(s)) runs.set(referenceKey(s.name, seed), engine.run(compiled.program, ex, s, seed));
    const text = formatReferenceResults(buildReferenceResults(ex, runs));
    expect(ReferenceResultsSchema.parse(JSON.parse(text))).toEqual(buildReferenceResults(ex, runs));
    if (WRITE) writeFileSync(fileOf(slug), text);
    expect(existsSync(fileOf(slug)), `${fileOf(slug)} is missing: run npm run grader:references`).toBe(true);
    expect(readFileSync(fileOf(slug), 'utf8'), 'stale reference results: run npm run grader:references').toBe(text);
  }, SLOW);
});

describe('grading with reference results', () => {
  it('runs only the learner\'s code when every (scenario, seed) has its reference calls, with the same report', () => {
    const ex = exercises.get('first-match')!;
    const refs = referenceRunsFrom(ex, JSON.parse(readFileSync(fileOf('first-match'), 'utf8')));
    expect(refs.size).toBe(ex.scenarios.reduce((n, s) => n + s.seeds, 0));
    const ran: string[] = [];
    const counted = countingEngine(engine, ran);
    const withFile = gradeSubmission(counted, ex, ex.starter, { referenceRuns: refs });
    expect(ran.length).toBeGreaterThan(0);
    expect(ran.filter((r) => r === 'reference')).toEqual([]);
    const fresh = gradeSubmission(engine, ex, ex.starter);
    expect(withFile).toEqual(fresh);
    expect(withFile.passed).toBe(false);
  }, SLOW);

  it('ignores the entries of an edited solution or an edited scenario, and runs the reference for those', () => {
    const ex = exercises.get('first-match')!;
    const file = JSON.parse(readFileSync(fileOf('first-match'), 'utf8'));
    expect(referenceRunsFrom({ ...ex, solution: `${ex.solution}\n// edited\n` }, file).size).toBe(0);
    expect(referenceRunsFrom({ ...ex, slug: 'other' }, file).size).toBe(0);
    expect(referenceRunsFrom(ex, { ...file, runs: 'nonsense' }).size).toBe(0);
    const [first, ...rest] = ex.scenarios;
    const edited = { ...ex, scenarios: [{ ...first!, drive: { ...first!.drive, calls: first!.drive.calls + 1 } }, ...rest] };
    const refs = referenceRunsFrom(edited, file);
    expect([...refs.keys()].filter((k) => k.startsWith(`${first!.name}@`))).toEqual([]);
    expect(refs.size).toBe(rest.reduce((n, s) => n + s.seeds, 0));
    const ran: string[] = [];
    const only = { ...edited, scenarios: edited.scenarios.slice(0, 2) };
    const rep = gradeSubmission(countingEngine(engine, ran), only, ex.starter, { referenceRuns: refs });
    // the edited scenario's reference runs again, seed by seed as the learner's runs go; the other comes from the file
    expect(ran.filter((r) => r === 'reference')).toHaveLength(rep.scenarios[0]!.seedsRun);
    expect(ran.filter((r) => r === 'learner')).toHaveLength(rep.scenarios[0]!.seedsRun + rep.scenarios[1]!.seedsRun);
  }, SLOW);

  it('fingerprints tell texts apart', () => {
    expect(fingerprint('a')).not.toBe(fingerprint('b'));
    expect(fingerprint('ab')).not.toBe(fingerprint('ba'));
    expect(fingerprint('')).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint('same')).toBe(fingerprint('same'));
  });
});
