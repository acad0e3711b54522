/**
 * The reference calls' keys and trimming, without reference-results.ts's schemas: what grading needs at
 * run time, so the browser worker does not bundle the schema library.
 */
import type { ScenarioRun } from './report.ts';
import type { ReferenceCall } from './reference-results.ts';

/** referenceKey names one (scenario, seed) run. */
export function referenceKey(scenario: string, seed: number): string {
  return `${scenario}@${seed}`;
}

/** referenceCalls trims a reference ScenarioRun to what the checks read. */
export function referenceCalls(run: Pick<ScenarioRun, 'calls'>): ReferenceCall[] {
  return run.calls.map((c) => ({
    index: c.index,
    label: c.label,
    outcome: c.outcome,
    ...(c.panic !== undefined ? { panic: c.panic } : {}),
    results: c.results,
    error: c.error,
    ...(c.http ? { http: c.http } : {}),
  }));
}
