// The runner worker grades from grading.json (plain data the build validated) instead of bundling the loader:
// that data must survive JSON unchanged, keep every reference entry, and grade exactly as the loaded exercise.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { loadExercise, type Exercise } from '../../src/grader/loader.ts';
import { referenceKey, referenceRunsFrom } from '../../src/grader/reference-results.ts';
import { gradeSubmission, seedsOf } from '../../src/grader/grade.ts';
import { createGoEngine } from '../../src/grader/engine/go-engine.ts';
import { gradingDataOf, gradingUrl, referenceRunsOf, type GradingData } from '../../src/ui/workbench/grading-data.ts';
import { exerciseSlugs, readExercise } from '../exercises/read-exercise.ts';

const ROOT = join(import.meta.dirname, '..', '..');

async function dataOf(slug: string): Promise<{ exercise: Exercise; data: GradingData }> {
  const r = loadExercise(await readExercise(slug));
  if (!r.ok) throw new Error(`${slug} does not load`);
  const refs = referenceRunsFrom(r.exercise, JSON.parse(readFileSync(join(ROOT, 'exercises', slug, 'reference-results.json'), 'utf8')));
  // What the worker receives: the endpoint's JSON text, parsed.
  return { exercise: r.exercise, data: JSON.parse(JSON.stringify(gradingDataOf(r.exercise, refs))) as GradingData };
}

describe('grading data', () => {
  it('keeps each exercise (scenarios, fault rules, entries) through JSON, without the mistakes, and a reference entry for every scenario and seed', async () => {
    for (const slug of exerciseSlugs()) {
      const { exercise, data } = await dataOf(slug);
      expect(data.exercise, slug).toEqual({ ...exercise, mistakes: [] });
      const keys = exercise.scenarios.flatMap((s) => seedsOf(s).map((seed) => referenceKey(s.name, seed)));
      expect(Object.keys(data.references).sort(), slug).toEqual([...keys].sort());
      const runs = referenceRunsOf(data);
      for (const k of keys) expect(runs.get(k)!.calls.length, `${slug} ${k}`).toBeGreaterThan(0);
    }
  }, 120_000);

  it('grades a submission exactly as the loaded exercise does, without running the reference solution', async () => {
    const wasm = readFileSync(createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm'));
    const sqljs = await initSqlJs({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer });
    const { exercise, data } = await dataOf('first-match');
    const viaData = gradeSubmission(createGoEngine(sqljs), data.exercise, exercise.starter, { referenceRuns: referenceRunsOf(data) });
    const direct = gradeSubmission(createGoEngine(sqljs), exercise, exercise.starter);
    expect(viaData.passed).toBe(false);
    expect(viaData).toEqual(direct);
  }, 120_000);

  it('names where the built site serves an exercise\'s grading data', () => {
    expect(gradingUrl('first-match')).toBe('/exercises/first-match/grading.json');
  });
});
