/**
 * The Pool Lab worker's messages: a typed union in each direction. Every request carries an id; every
 * reply names the request it answers, so the page can drop replies to requests it no longer waits for.
 * Only plain data crosses: configurations, runs, reports, errors as text.
 */
import type { LabConfig } from '../lab/config.ts';
import type { LabGradeReport } from '../lab/grade/report.ts';
import type { LabRun } from '../lab/service.ts';

/** LabRequest is what the page asks the worker. */
export type LabRequest =
  | { id: number; type: 'run'; config: LabConfig }
  | { id: number; type: 'console'; config: LabConfig; atSec: number; statements: string[] }
  | { id: number; type: 'grade'; exercise: 'settings'; answer: unknown }
  | { id: number; type: 'grade'; exercise: 'finding'; seed: number; answer: unknown }
  | { id: number; type: 'grade'; exercise: 'alerts'; seed: number; answer: unknown };

/** LabReply is what the worker answers: progress while working, then exactly one of result or error. */
export type LabReply =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'run'; run: LabRun; wallMs: number }
  | { id: number; type: 'console'; run: LabRun; wallMs: number }
  | { id: number; type: 'grade'; report: LabGradeReport; wallMs: number }
  | { id: number; type: 'error'; message: string };

/** isLabReply checks that a message from the worker has the reply shape (ids and a known type). */
export function isLabReply(x: unknown): x is LabReply {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as { id?: unknown; type?: unknown };
  return typeof m.id === 'number' && typeof m.type === 'string' && ['progress', 'run', 'console', 'grade', 'error'].includes(m.type);
}
