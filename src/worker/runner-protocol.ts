/**
 * The runner worker's messages: a typed union in each direction. Every request carries an id and every
 * reply names the request it answers, so the page drops replies to requests it gave up on. Only plain
 * data crosses: sources, diagnostics, output, events, reports; failures are errors as data.
 */
import type { GradeReport } from '../grader/report.ts';
import type { SimEvent } from '../sim/events.ts';
import type { HttpReport } from '../go/std/http-report.ts';

/** RunnerDiagnostic is a compile diagnostic as the Go front end reports it. */
export interface RunnerDiagnostic { file: string; line: number; col: number; message: string; severity: 'error' | 'warning' }

/** RunnerRequest is what the page asks the runner worker. */
export type RunnerRequest =
  | { id: number; type: 'run'; source: string; seed: number; setup?: string }
  /** check grades source against the exercise whose grading data (GradingData) is at the URL `grading`. */
  | { id: number; type: 'check'; slug: string; source: string; grading: string }
  /**
   * warm gets an idle runner ready: sql.js, and with `grading` the exercise's data, its datasets and the
   * compiled `source` (a trusted starter), by grading it scenario by scenario. Any later request stops it.
   */
  | { id: number; type: 'warm'; slug?: string; source?: string; grading?: string };

/** RunOutput is the result of running main: output, how it ended, and the run's event log. */
export interface RunOutput {
  diagnostics: RunnerDiagnostic[];
  stdout: string;
  stderr: string;
  exitCode: number;
  outcome: string;
  events: SimEvent[];
  /** db is the id of the first *sql.DB the program opened (the pool view shows it), or -1. */
  db: number;
  /** http is the runner's account of a net/http server's run (its simulated clients), when the program served. */
  http?: HttpReport;
}

/** RunnerReply is what the worker answers: progress while grading, then exactly one of result or error. */
export type RunnerReply =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'run'; output: RunOutput; wallMs: number }
  /** check: the report with empty scenario timelines; `timelines[i]` is scenario i's timeline as UTF-8 JSON (transferred; see timeline-pack.ts). */
  | { id: number; type: 'check'; report: GradeReport; timelines: ArrayBuffer[]; wallMs: number }
  /** warm: the runner is ready (`stopped` when a request arrived first). */
  | { id: number; type: 'warm'; wallMs: number; stopped: boolean }
  | { id: number; type: 'error'; message: string };

/** isRunnerReply checks that a message from the worker has a reply's shape (an id and a known type). */
export function isRunnerReply(x: unknown): x is RunnerReply {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as { id?: unknown; type?: unknown };
  return typeof m.id === 'number' && typeof m.type === 'string' && ['progress', 'run', 'check', 'warm', 'error'].includes(m.type);
}
