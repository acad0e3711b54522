/**
 * Helpers for writing an exercise's scenarios.ts: typed identity for the list, the background/request
 * context pair every context-taking scenario needs, and fault rules with the server's real error text.
 */
import type { FaultPlanInput } from '../mysql/fault-plan.ts';
import type { ErrorTagValue } from './checks.ts';
import type { ScenarioInput } from './scenario.ts';

type FaultRuleInput = FaultPlanInput['rules'][number];

/** defineScenarios types a scenarios.ts default export; the loader validates it. */
export function defineScenarios(list: ScenarioInput[]): ScenarioInput[] {
  return list;
}

/**
 * bothContexts turns one call scenario into two: `<name>/background` with context.Background() and
 * `<name>/request` with a request-scoped context cancelled when the call returns.
 */
export function bothContexts(s: ScenarioInput): ScenarioInput[] {
  if (s.drive.kind !== 'call') throw new Error(`bothContexts: scenario ${s.name} is not a call drive`);
  const drive = s.drive;
  return [
    { ...s, name: `${s.name}/background`, title: `${s.title} (context.Background())`, drive: { ...drive, context: { kind: 'background' } } },
    { ...s, name: `${s.name}/request`, title: `${s.title} (request-scoped context)`, drive: { ...drive, context: { kind: 'request' } } },
  ];
}

/** missingTable makes statements matching sql fail as if the table were missing (Error 1146). */
export function missingTable(sql: string, table: string, opts: { occurrence?: number; times?: number | 'always' } = {}): FaultRuleInput {
  return {
    on: 'query',
    sql,
    occurrence: opts.occurrence ?? 1,
    times: opts.times ?? 'always',
    inject: { kind: 'error', number: 1146, sqlState: '42S02', message: `Table 'course.${table}' doesn't exist` },
  };
}

/** lockWaitTimeout makes statements matching sql fail with Error 1205. */
export function lockWaitTimeout(sql: string, on: 'query' | 'exec' = 'exec', opts: { occurrence?: number; times?: number | 'always' } = {}): FaultRuleInput {
  return {
    on,
    sql,
    occurrence: opts.occurrence ?? 1,
    times: opts.times ?? 'always',
    inject: { kind: 'error', number: 1205, sqlState: 'HY000', message: 'Lock wait timeout exceeded; try restarting transaction' },
  };
}

/** connectionLostOnRow breaks the connection while the client reads row `row` of results matching sql. */
export function connectionLostOnRow(sql: string, row: number, times: number | 'always' = 'always'): FaultRuleInput {
  return { on: 'row', sql, row, times, inject: { kind: 'drop' } };
}

/** slow adds ms of virtual latency to statements matching sql. */
export function slow(sql: string, ms: number, on: 'query' | 'exec' = 'query'): FaultRuleInput {
  return { on, sql, times: 'always', inject: { kind: 'latency', ms } };
}

/** ArgInput is one argument spec as written in scenarios.ts. */
export type ArgInput = Extract<ScenarioInput['drive'], { kind: 'call' }>['args'][number];
/** DatasetInput is a dataset as written in scenarios.ts. */
export type DatasetInput = NonNullable<ScenarioInput['dataset']>;
/** CallbackInput is a callback spec as written in scenarios.ts. */
export type CallbackInput = Extract<ArgInput, { kind: 'callback' }>;
type CheckInput = ScenarioInput['checks'][number];
type HttpRouteInput = Extract<ScenarioInput['drive'], { kind: 'http' }>['routes'][number];

function burstResult(m: MatrixSpec): CheckInput[] {
  return m.burst.compareResults === false ? [] : [{ check: 'correctResult' }];
}

/** MatrixSpec describes an exercise's standard scenario matrix: the shared setup and the fault of each situation. */
export interface MatrixSpec {
  seed: number;
  dataset?: ScenarioInput['dataset'];
  calls?: number;
  /** queryError: the rule that makes the main statement fail, and the error tag it carries (e.g. mysql:1146). */
  queryError: { rule: FaultRuleInput; is: ErrorTagValue };
  /** midIteration: the rule that breaks the work half-way, and the error tag it carries. */
  midIteration: { rule: FaultRuleInput; is: ErrorTagValue; title?: string };
  /** scanError: SQL that makes one row unscannable (e.g. a NULL in a column scanned into a string). */
  scanError: { sql: string[]; title?: string };
  /** panicItem: the callback invocation (1-based) that panics. */
  panicItem: number;
  /** slow: the rule that makes the statement slow, and the caller's deadline. */
  slow: { rule: FaultRuleInput; deadlineMs: number };
  /** burst: the concurrent calls; compareResults: false when calls write data others read (results then depend on the interleaving). */
  burst: { calls: number; concurrency: number; maxOpen: number; maxTotalWaitMs: number; compareResults?: boolean };
  /** callback is the well-behaved callback (default: echo); the panic scenario adds panicOnItem to it. */
  callback?: CallbackInput;
  /** extraChecks are added to the happy path (e.g. preparedOnce). */
  extraChecks?: CheckInput[];
}

/** CallMatrixSpec is a MatrixSpec for a function entry point: args builds the arguments around a callback. */
export interface CallMatrixSpec extends MatrixSpec {
  entry: string;
  args: (callback: CallbackInput) => ArgInput[];
  /** contextless: the entry takes no context, so each situation runs once (background). */
  contextless?: boolean;
}

/**
 * callMatrix builds the required matrix for a function entry point: happy path, query error, error
 * mid-iteration, scan error, panic in a callback, slow query with a deadline, and a burst over MaxOpen,
 * each under context.Background() and a request-scoped context (the slow query under a deadline and a
 * request context with a timeout).
 */
export function callMatrix(m: CallMatrixSpec): ScenarioInput[] {
  const ok: CallbackInput = m.callback ?? { kind: 'callback', returns: 'echo' };
  const calls = m.calls ?? 5;
  const drive = (callback: CallbackInput, extra: Partial<Extract<ScenarioInput['drive'], { kind: 'call' }>> = {}): ScenarioInput['drive'] => ({
    kind: 'call',
    entry: m.entry,
    args: m.args(callback),
    calls,
    ...extra,
  });
  const pair = (s: ScenarioInput): ScenarioInput[] => (m.contextless ? [{ ...s, name: `${s.name}/background` }] : bothContexts(s));
  const ds = m.dataset;
  return [
    ...pair({ name: 'happy-path', title: 'the happy path', covers: ['happy-path'], seed: m.seed, dataset: ds, drive: drive(ok), checks: [{ check: 'noLeaks' }, { check: 'correctResult' }, ...(m.extraChecks ?? [])] }),
    ...pair({ name: 'query-error', title: 'the query fails', covers: ['query-error'], seed: m.seed + 1, dataset: ds, faults: { rules: [m.queryError.rule] }, drive: drive(ok), checks: [{ check: 'noLeaks' }, { check: 'errorPropagated', is: m.queryError.is }] }),
    ...pair({ name: 'mid-iteration-error', title: m.midIteration.title ?? 'the connection breaks half-way through the result', covers: ['mid-iteration-error'], seed: m.seed + 2, dataset: ds, faults: { rules: [m.midIteration.rule] }, drive: drive(ok), checks: [{ check: 'noLeaks' }, { check: 'errorPropagated', is: m.midIteration.is }] }),
    ...pair({ name: 'scan-error', title: m.scanError.title ?? 'one row cannot be scanned', covers: ['scan-error'], seed: m.seed + 3, dataset: { ...(ds ?? {}), sql: [...(ds?.sql ?? []), ...m.scanError.sql] }, drive: drive(ok), checks: [{ check: 'noLeaks' }, { check: 'correctResult' }] }),
    ...pair({ name: 'callback-panic', title: `the callback panics on item ${m.panicItem}`, covers: ['callback-panic'], seed: m.seed + 4, dataset: ds, drive: drive({ ...ok, panicOnItem: m.panicItem, message: 'bad data' }), checks: [{ check: 'noLeaks' }] }),
    {
      name: 'slow-query/deadline', title: `a slow query under a ${m.slow.deadlineMs} ms deadline`, covers: ['slow-query-deadline'], seed: m.seed + 5, dataset: ds, faults: { rules: [m.slow.rule] },
      drive: drive(ok, { context: { kind: 'deadline', ms: m.slow.deadlineMs } }), checks: [{ check: 'deadlineRespected' }, { check: 'noLeaks' }],
    },
    ...(m.contextless ? [] : [{
      name: 'slow-query/request', title: `a slow query in a request with a ${m.slow.deadlineMs} ms timeout`, covers: ['slow-query-deadline'], seed: m.seed + 6, dataset: ds, faults: { rules: [m.slow.rule] },
      drive: drive(ok, { context: { kind: 'request', timeoutMs: m.slow.deadlineMs } }), checks: [{ check: 'deadlineRespected' }, { check: 'noLeaks' }],
    } satisfies ScenarioInput]),
    ...pair({
      name: 'burst', title: `${m.burst.calls} concurrent calls on a pool of ${m.burst.maxOpen}`, covers: ['burst-over-max-open'], seed: m.seed + 7, dataset: ds, pool: { maxOpen: m.burst.maxOpen },
      drive: drive(ok, { calls: m.burst.calls, concurrency: m.burst.concurrency }), checks: [{ check: 'holdsUnderLoad', maxTotalWaitMs: m.burst.maxTotalWaitMs }, { check: 'noLeaks' }, ...burstResult(m)],
    }),
  ];
}

/** HttpMatrixSpec is a MatrixSpec for handlers: how to construct them (around a callback) and which routes to drive. */
export interface HttpMatrixSpec extends MatrixSpec {
  construct: { func: string; args: (callback: CallbackInput) => ArgInput[] };
  routes: HttpRouteInput[];
  /** extraChecksAll are added to every scenario (e.g. onePool). */
  extraChecksAll?: CheckInput[];
}

/**
 * httpMatrix builds the required matrix for handlers, driven as net/http drives them: every request's
 * context is request-scoped (cancelled when the handler returns) and panics are recovered per request.
 */
export function httpMatrix(m: HttpMatrixSpec): ScenarioInput[] {
  const ok: CallbackInput = m.callback ?? { kind: 'callback', returns: 'echo' };
  const all = m.extraChecksAll ?? [];
  const drive = (callback: CallbackInput, extra: Partial<Extract<ScenarioInput['drive'], { kind: 'http' }>> = {}): ScenarioInput['drive'] => ({
    kind: 'http',
    construct: { func: m.construct.func, args: m.construct.args(callback) },
    routes: m.routes,
    calls: m.calls ?? 6,
    ...extra,
  });
  const ds = m.dataset;
  return [
    { name: 'happy-path', title: 'the happy path', covers: ['happy-path'], seed: m.seed, dataset: ds, drive: drive(ok), checks: [{ check: 'noLeaks' }, { check: 'correctResult' }, ...(m.extraChecks ?? []), ...all] },
    { name: 'query-error', title: 'the query fails', covers: ['query-error'], seed: m.seed + 1, dataset: ds, faults: { rules: [m.queryError.rule] }, drive: drive(ok), checks: [{ check: 'noLeaks' }, { check: 'errorPropagated', is: m.queryError.is }, ...all] },
    { name: 'mid-iteration-error', title: m.midIteration.title ?? 'the connection breaks half-way through the result', covers: ['mid-iteration-error'], seed: m.seed + 2, dataset: ds, faults: { rules: [m.midIteration.rule] }, drive: drive(ok), checks: [{ check: 'noLeaks' }, { check: 'errorPropagated', is: m.midIteration.is }, ...all] },
    { name: 'scan-error', title: m.scanError.title ?? 'one row cannot be scanned', covers: ['scan-error'], seed: m.seed + 3, dataset: { ...(ds ?? {}), sql: [...(ds?.sql ?? []), ...m.scanError.sql] }, drive: drive(ok), checks: [{ check: 'noLeaks' }, { check: 'correctResult' }, ...all] },
    { name: 'callback-panic', title: `the callback panics on item ${m.panicItem}`, covers: ['callback-panic'], seed: m.seed + 4, dataset: ds, drive: drive({ ...ok, panicOnItem: m.panicItem, message: 'bad data' }), checks: [{ check: 'noLeaks' }, ...all] },
    {
      name: 'slow-query', title: `a slow query, the client gives up after ${m.slow.deadlineMs} ms`, covers: ['slow-query-deadline'], seed: m.seed + 5, dataset: ds, faults: { rules: [m.slow.rule] },
      drive: drive(ok, { clientTimeoutMs: m.slow.deadlineMs }), checks: [{ check: 'deadlineRespected' }, { check: 'noLeaks' }, ...all],
    },
    {
      name: 'burst', title: `${m.burst.calls} concurrent requests on a pool of ${m.burst.maxOpen}`, covers: ['burst-over-max-open'], seed: m.seed + 7, dataset: ds, pool: { maxOpen: m.burst.maxOpen },
      drive: drive(ok, { calls: m.burst.calls, concurrency: m.burst.concurrency }), checks: [{ check: 'holdsUnderLoad', maxTotalWaitMs: m.burst.maxTotalWaitMs }, { check: 'noLeaks' }, ...burstResult(m), ...all],
    },
  ];
}
