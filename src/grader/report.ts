/**
 * The grader's plain data: what the engine records for one scenario run (ScenarioRun, the contract the
 * Go engine fills in), and the GradeReport a learner sees. Nothing here holds a class or a closure, so a
 * report can be posted from the worker, saved, diffed and replayed.
 */
import { z } from 'zod';
import type { SimEvent } from '../sim/events.ts';
import { CHECK_NAMES } from './check-names.ts';

/** SiteSchema is a learner source position (src/sim/site.ts). */
export const SiteSchema = z.object({ file: z.string(), line: z.number().int(), col: z.number().int(), func: z.string().optional() }).strict();

/** DiagnosticSchema is a compile diagnostic as the Go runtime reports it (src/go/index.ts). */
export const DiagnosticSchema = z
  .object({ file: z.string(), line: z.number().int(), col: z.number().int(), message: z.string(), severity: z.enum(['error', 'warning']) })
  .strict();

/** DBStatsSchema is sql.DBStats with Go's field names (WaitDuration in virtual nanoseconds). */
export const DBStatsSchema = z
  .object({
    MaxOpenConnections: z.number(),
    OpenConnections: z.number(),
    InUse: z.number(),
    Idle: z.number(),
    WaitCount: z.number(),
    WaitDuration: z.number(),
    MaxIdleClosed: z.number(),
    MaxIdleTimeClosed: z.number(),
    MaxLifetimeClosed: z.number(),
  })
  .strict();

/** EventSchema accepts a src/sim/events.ts event (checked loosely: seq, t, kind). */
export const EventSchema = z.looseObject({ seq: z.number().int(), t: z.number(), kind: z.string() }).transform((e) => e as unknown as SimEvent);

/** CallErrorSchema is an error a call returned: its text and the ErrorTags errors.Is matched. */
export const CallErrorSchema = z.object({ text: z.string(), is: z.array(z.string()) }).strict();

/** CallRecordSchema is one call of the entry point (or one HTTP request) as the engine saw it. */
export const CallRecordSchema = z
  .object({
    index: z.number().int().min(0),
    label: z.string().describe('how the report names the call: FindUser(ctx, db, "user07") or GET /orders/latest?customer=3'),
    tasks: z.array(z.number().int()).describe('the call\'s goroutine and every goroutine the learner\'s code started from it'),
    startSeq: z.number().int().describe('the seq the next event got when the call started'),
    endSeq: z.number().int().optional().describe('the seq the next event got when the call returned (events with seq < endSeq happened before); absent if it never returned'),
    startT: z.number(),
    endT: z.number().optional(),
    deadlineT: z.number().optional().describe('the context\'s deadline, when it has one'),
    outcome: z.enum(['returned', 'panicked', 'blocked', 'aborted']),
    panic: z.string().optional().describe('the recovered panic value and trace, logged as net/http does'),
    results: z.array(z.string()).describe('the non-error results formatted with %#v'),
    error: CallErrorSchema.nullable(),
    http: z.object({ status: z.number().int(), body: z.string() }).strict().optional(),
  })
  .strict();
/** CallRecord is one call of the entry point. */
export type CallRecord = z.infer<typeof CallRecordSchema>;

/** LearnerTaskSchema is a goroutine of the learner's code at the end of the run. */
export const LearnerTaskSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    state: z.enum(['runnable', 'running', 'blocked', 'done', 'failed']),
    waitReason: z.string().optional(),
    site: SiteSchema.optional(),
  })
  .strict();
/** LearnerTask is a goroutine of the learner's code at the end of the run. */
export type LearnerTask = z.infer<typeof LearnerTaskSchema>;

/** RunOutcome is how a scenario run ended. */
export const RunOutcome = z
  .enum(['ok', 'panic', 'deadlock', 'steps', 'output', 'exit', 'forbidden'])
  .describe('ok: every call ran; panic: an unrecovered panic outside a handler; deadlock: all goroutines asleep; steps: the step budget ran out; output: output cap; exit: log.Fatal/os.Exit; forbidden: the code changed the pool\'s limits or opened its own pool');

/** ScenarioRunSchema is what the engine records for one scenario under one seed (the engine's output contract). */
export const ScenarioRunSchema = z
  .object({
    scenario: z.string(),
    seed: z.number().int(),
    db: z.number().int().describe('the id of the harness\'s *sql.DB in the event log'),
    outcome: RunOutcome,
    reason: z.string().optional().describe('for outcomes other than ok: the message the learner sees'),
    calls: z.array(CallRecordSchema),
    tasks: z.array(LearnerTaskSchema),
    events: z.array(EventSchema),
    baselineSeq: z.number().int().describe('event seq after the harness\'s setup: server state before it is the baseline'),
    stats: DBStatsSchema.describe('db.Stats() after the last call returned and the world settled'),
    stdout: z.string(),
    stderr: z.string(),
  })
  .strict();
/** ScenarioRun is one scenario run under one seed. */
export type ScenarioRun = z.infer<typeof ScenarioRunSchema>;

/** LeakObject is the kind of thing that leaked. */
export const LeakObject = z.enum(['rows', 'stmt', 'tx', 'conn', 'heldConn', 'serverStmt', 'goroutine']);

/** EvidenceSchema is one fact behind a failing check. */
export const EvidenceSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('leak'),
      object: LeakObject,
      id: z.number().int(),
      call: z.number().int().optional(),
      site: SiteSchema.optional().describe('the file:line:col that acquired it'),
      releasedBy: z.enum(['never', 'context', 'afterReturn', 'ended']).describe('never: still open; context: only the context\'s end released it; afterReturn: closed by code after the call had returned; ended: a goroutine still blocked'),
      droppedConn: z.boolean().describe('the driver then dropped the connection (a re-dial later)'),
      message: z.string(),
    })
    .strict(),
  z.object({ kind: z.literal('stat'), field: z.string(), expected: z.string(), actual: z.string(), message: z.string() }).strict(),
  z
    .object({ kind: z.literal('call'), call: z.number().int(), label: z.string(), expected: z.string(), actual: z.string(), site: SiteSchema.optional(), message: z.string() })
    .strict(),
  z.object({ kind: z.literal('message'), message: z.string() }).strict(),
]);
/** Evidence is one fact behind a failing check. */
export type Evidence = z.infer<typeof EvidenceSchema>;

/** CheckResultSchema is one check's verdict with its evidence. */
export const CheckResultSchema = z.object({ check: z.enum(CHECK_NAMES), passed: z.boolean(), evidence: z.array(EvidenceSchema) }).strict();
/** CheckResult is one check's verdict. */
export type CheckResult = z.infer<typeof CheckResultSchema>;

/** ScenarioResultSchema is one scenario's verdict under the seed that decided it. */
export const ScenarioResultSchema = z
  .object({
    name: z.string(),
    title: z.string(),
    seed: z.number().int().describe('the failing seed (replays exactly), or the last seed run when all passed'),
    seedsRun: z.number().int(),
    passed: z.boolean(),
    outcome: RunOutcome,
    reason: z.string().optional(),
    checks: z.array(CheckResultSchema),
    stdout: z.string(),
    stderr: z.string(),
    stats: DBStatsSchema,
    timeline: z.array(EventSchema).describe('the event log of the run shown (src/sim/events.ts), for the pool view'),
  })
  .strict();
/** ScenarioResult is one scenario's verdict. */
export type ScenarioResult = z.infer<typeof ScenarioResultSchema>;

/** GradeReportSchema is the whole verdict on one submission. */
export const GradeReportSchema = z
  .object({
    exercise: z.string(),
    passed: z.boolean(),
    compile: z.object({ ok: z.boolean(), diagnostics: z.array(DiagnosticSchema) }).strict().describe('compile errors as the Go runtime reports them; no scenario runs when ok is false'),
    signature: z.object({ ok: z.boolean(), expected: z.array(z.string()), message: z.string().optional() }).strict().describe('whether the entry points exist with the expected signatures'),
    scenarios: z.array(ScenarioResultSchema),
  })
  .strict();
/** GradeReport is the whole verdict on one submission. */
export type GradeReport = z.infer<typeof GradeReportSchema>;
