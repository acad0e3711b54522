/**
 * grading-data: what the runner worker needs to grade one exercise, as plain data the build has already
 * validated (the exercise with its scenarios and fault plans parsed, and the reference solution's calls
 * that still match it). The worker takes it as it is: no schema library, no YAML parser.
 */
import type { Exercise } from '../../grader/loader.ts';
import type { ReferenceCall, ReferenceRun } from '../../grader/reference-results.ts';

/** GradingData is one exercise's `grading.json` (src/pages/exercises/[slug]/grading.json.ts writes it). */
export interface GradingData {
  /** exercise is the validated exercise; its mistakes are left out (only the tests run them). */
  exercise: Exercise;
  /** references maps "scenario@seed" to the reference solution's calls, for the entries that match the exercise. */
  references: Record<string, ReferenceCall[]>;
}

/** gradingDataOf trims a validated exercise and its reference runs (from referenceRunsFrom) to what a Check needs. */
export function gradingDataOf(exercise: Exercise, runs: ReadonlyMap<string, ReferenceRun>): GradingData {
  const references: Record<string, ReferenceCall[]> = {};
  for (const [k, r] of runs) references[k] = [...r.calls];
  return { exercise: { ...exercise, mistakes: [] }, references };
}

/** referenceRunsOf turns the file's references back into the cache gradeSubmission takes. */
export function referenceRunsOf(data: GradingData): Map<string, ReferenceRun> {
  return new Map(Object.entries(data.references).map(([k, calls]) => [k, { calls }]));
}

/** gradingUrl is where the built site serves an exercise's grading data. */
export function gradingUrl(slug: string): string {
  return `/exercises/${slug}/grading.json`;
}
