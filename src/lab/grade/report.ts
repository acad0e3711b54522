/**
 * The Pool Lab exercises' report: the grader's GradeReport shape (src/grader/report.ts: a one-line verdict,
 * then scenarios × checks, each failing check with evidence in plain words) for answers that are settings,
 * a finding or alert rules rather than Go. Plain data: it crosses the worker boundary and replays by seed.
 */
import { z } from 'zod';

/** LAB_CHECKS names every check a lab exercise can make, with the title a learner reads. */
export const LAB_CHECKS = {
  budget: 'Within the connection budget',
  noTooManyConnections: 'No Error 1040',
  slo: 'Meets the latency SLO',
  noErrors: 'No failed requests',
  noChurn: 'No idle churn',
  retiredBeforeTimeout: 'Connections retired before wait_timeout',
  endpoint: 'The leaking endpoint',
  leakKind: 'The kind of leak',
  rulesValid: 'Rules parse and evaluate',
  quietWhenHealthy: 'Quiet on a healthy run',
  quietBeforeLeak: 'Quiet before the leak',
  firesOnLeak: 'Fires within 5 minutes of the leak',
} as const;

/** LabCheckName is one lab check. */
export type LabCheckName = keyof typeof LAB_CHECKS;

const checkName = z.enum(Object.keys(LAB_CHECKS) as [LabCheckName, ...LabCheckName[]]);

/** LabCheckResultSchema is one check's verdict with the evidence behind a failure. */
export const LabCheckResultSchema = z.object({
  check: checkName,
  passed: z.boolean(),
  evidence: z.array(z.object({ message: z.string(), atSec: z.number().optional() }).strict()),
}).strict();
/** LabCheckResult is one check's verdict. */
export type LabCheckResult = z.infer<typeof LabCheckResultSchema>;

/** LabScenarioResultSchema is one scenario's verdict under the seed that decided it; `config` replays it in the lab. */
export const LabScenarioResultSchema = z.object({
  name: z.string(),
  title: z.string(),
  seed: z.number().int(),
  passed: z.boolean(),
  checks: z.array(LabCheckResultSchema),
  config: z.unknown().optional().describe('the LabConfig the scenario ran (absent when it ran nothing)'),
}).strict();
/** LabScenarioResult is one scenario's verdict. */
export type LabScenarioResult = z.infer<typeof LabScenarioResultSchema>;

/** AnswerProblemSchema is what is wrong with the answer itself, with its place in the field when known. */
export const AnswerProblemSchema = z.object({ field: z.string(), message: z.string(), from: z.number().optional(), to: z.number().optional() }).strict();
/** AnswerProblem is a problem with the answer (no scenario runs while there is one). */
export type AnswerProblem = z.infer<typeof AnswerProblemSchema>;

/** LabGradeReportSchema is the whole verdict on one lab answer. */
export const LabGradeReportSchema = z.object({
  exercise: z.string(),
  kind: z.enum(['settings', 'finding', 'alerts']),
  passed: z.boolean(),
  verdict: z.string(),
  seed: z.number().int().describe('the grading seed; the same seed gives the same report'),
  problems: z.array(AnswerProblemSchema),
  scenarios: z.array(LabScenarioResultSchema),
}).strict();
/** LabGradeReport is the whole verdict on one lab answer. */
export type LabGradeReport = z.infer<typeof LabGradeReportSchema>;

/** check builds a check result: passed when there is no evidence against it. */
export function check(name: LabCheckName, evidence: { message: string; atSec?: number }[]): LabCheckResult {
  return { check: name, passed: evidence.length === 0, evidence };
}

/** verdictLine is the report's first line: "All 5 scenarios passed" or "2 of 5 scenarios failed". */
export function verdictLine(scenarios: readonly LabScenarioResult[], problems: readonly AnswerProblem[]): string {
  if (problems.length > 0) return `The answer has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}; no scenario ran`;
  const failed = scenarios.filter((s) => !s.passed).length;
  if (failed === 0) return scenarios.length === 1 ? 'The scenario passed' : `All ${scenarios.length} scenarios passed`;
  return `${failed} of ${scenarios.length} scenario${scenarios.length === 1 ? '' : 's'} failed`;
}

/** makeReport assembles a report from its scenarios (or the answer's problems). */
export function makeReport(exercise: string, kind: LabGradeReport['kind'], seed: number, scenarios: LabScenarioResult[], problems: AnswerProblem[] = []): LabGradeReport {
  return { exercise, kind, seed, problems, scenarios, passed: problems.length === 0 && scenarios.length > 0 && scenarios.every((s) => s.passed), verdict: verdictLine(scenarios, problems) };
}

/** formatClock writes virtual seconds as `4m15s` (Go's time.Duration style, whole seconds). */
export function formatClock(sec: number): string {
  const s = Math.round(sec);
  const m = Math.floor(s / 60);
  return m > 0 ? `${m}m${s % 60}s` : `${s}s`;
}
