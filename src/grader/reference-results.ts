/**
 * Reference results: what the reference solution's calls return in each (scenario, seed). They are
 * deterministic, so they are computed once (`npm run grader:references` writes
 * exercises/<slug>/reference-results.json, and a test checks the file against a fresh run) and a Check
 * runs only the learner's code. Each entry carries fingerprints of the solution and of its scenario, so
 * an entry for an edited solution or scenario is ignored and the reference runs again instead.
 */
import { z } from 'zod';
import { CallErrorSchema, type ScenarioRun } from './report.ts';
import type { Scenario } from './scenario.ts';
import { referenceCalls } from './reference-calls.ts';

/** ReferenceCallSchema is what the checks read from one reference call: how it ended and what it returned. */
export const ReferenceCallSchema = z
  .object({
    index: z.number().int().min(0),
    label: z.string(),
    outcome: z.enum(['returned', 'panicked', 'blocked', 'aborted']),
    panic: z.string().optional(),
    results: z.array(z.string()),
    error: CallErrorSchema.nullable(),
    http: z.object({ status: z.number().int(), body: z.string() }).strict().optional(),
  })
  .strict();
/** ReferenceCall is one call of the reference solution, as the checks compare it. */
export type ReferenceCall = z.infer<typeof ReferenceCallSchema>;

/** ReferenceRun is the reference solution's calls in one (scenario, seed): all correctResult, errorPropagated and deadlineRespected read. */
export interface ReferenceRun {
  calls: readonly ReferenceCall[];
}

/** ReferenceResultsSchema is the reference-results.json file of an exercise. */
export const ReferenceResultsSchema = z
  .object({
    exercise: z.string(),
    solution: z.string().describe('fingerprint of solution.go'),
    scenarios: z.record(z.string(), z.string()).describe('scenario name -> fingerprint of the validated scenario'),
    runs: z.record(z.string(), z.array(ReferenceCallSchema)).describe('"scenario@seed" -> the reference calls'),
  })
  .strict();
/** ReferenceResults is a parsed reference-results.json. */
export type ReferenceResults = z.infer<typeof ReferenceResultsSchema>;

/** fingerprint is a 64-bit FNV-1a hash of a text, as 16 hex digits (not cryptographic: it detects edits). */
export function fingerprint(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    h2 = (h2 ^ (h2 >>> 15)) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

// referenceKey and referenceCalls live in reference-calls.ts (no schema library there, for the browser worker).
export { referenceCalls, referenceKey } from './reference-calls.ts';

/** buildReferenceResults assembles the file's content from the reference runs of every scenario and seed. */
export function buildReferenceResults(exercise: { slug: string; solution: string; scenarios: readonly Scenario[] }, runs: ReadonlyMap<string, Pick<ScenarioRun, 'calls'>>): ReferenceResults {
  const out: ReferenceResults = { exercise: exercise.slug, solution: fingerprint(exercise.solution), scenarios: {}, runs: {} };
  for (const s of exercise.scenarios) out.scenarios[s.name] = fingerprint(JSON.stringify(s));
  for (const [k, run] of [...runs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out.runs[k] = referenceCalls(run);
  return out;
}

/** formatReferenceResults writes the file: one line per run, so a change shows as a small diff. */
export function formatReferenceResults(r: ReferenceResults): string {
  const runs = Object.entries(r.runs).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return `{\n  "exercise": ${JSON.stringify(r.exercise)},\n  "solution": ${JSON.stringify(r.solution)},\n  "scenarios": ${JSON.stringify(r.scenarios, null, 4).replace(/\n}$/, '\n  }')},\n  "runs": {\n${runs.join(',\n')}\n  }\n}\n`;
}

/**
 * referenceRunsFrom turns a parsed file into the cache gradeSubmission takes, keeping only the entries
 * that still match the exercise (same solution, same scenario): anything else runs the reference again.
 */
export function referenceRunsFrom(exercise: { slug: string; solution: string; scenarios: readonly Scenario[] }, file: unknown): Map<string, ReferenceRun> {
  const out = new Map<string, ReferenceRun>();
  const parsed = ReferenceResultsSchema.safeParse(file);
  if (!parsed.success) return out;
  const r = parsed.data;
  if (r.exercise !== exercise.slug || r.solution !== fingerprint(exercise.solution)) return out;
  for (const s of exercise.scenarios) {
    if (r.scenarios[s.name] !== fingerprint(JSON.stringify(s))) continue;
    const prefix = `${s.name}@`;
    for (const [k, calls] of Object.entries(r.runs)) if (k.startsWith(prefix) && /^\d+$/.test(k.slice(prefix.length))) out.set(k, { calls });
  }
  return out;
}
