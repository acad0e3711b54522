/**
 * A scenario is plain, validated data: the seeded dataset, pool and server settings, a fault plan in the
 * simulator's own format (src/mysql/fault-plan.ts), how the entry point is driven, and the checks.
 */
import { z } from 'zod';
import { FaultPlanSchema } from '../mysql/fault-plan.ts';
import { CheckSpec } from './checks.ts';

const sqlIdent = z.string().regex(/^[a-z_][a-z0-9_]*$/, 'a table or column name is lower_snake_case');

/** ColumnGen says how a generated table fills one column, row by row, from the scenario's seed. */
export const ColumnGen = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('seq'), start: z.number().int().default(1) }).strict().describe('start, start+1, ... (row order)'),
    z.object({ kind: z.literal('int'), min: z.number().int(), max: z.number().int() }).strict().describe('a seeded random integer in [min, max]'),
    z.object({ kind: z.literal('choice'), values: z.array(z.union([z.string(), z.number()])).min(1) }).strict().describe('a seeded random pick from values'),
    z.object({ kind: z.literal('label'), prefix: z.string(), width: z.number().int().min(1).max(9).default(2) }).strict().describe('prefix + the row number, zero-padded: user01, user02, ...'),
    z.object({ kind: z.literal('const'), value: z.union([z.string(), z.number(), z.null()]) }).strict().describe('the same value in every row'),
  ])
  .superRefine((g, ctx) => {
    if (g.kind === 'int' && g.min > g.max) ctx.addIssue({ code: 'custom', path: ['max'], message: 'max is below min' });
  });

/** TableSpec is one generated table: its DDL columns and how many rows. */
export const TableSpec = z
  .object({
    name: sqlIdent,
    columns: z
      .array(z.object({ name: sqlIdent, sqlType: z.string().min(1).describe('MySQL column type, e.g. INT PRIMARY KEY, VARCHAR(64) NOT NULL'), gen: ColumnGen }).strict())
      .min(1),
    rows: z.number().int().min(0).max(100_000),
  })
  .strict()
  .describe('a table created and filled from the seed before the first call');

/** DatasetSpec is the shape of the data: the default course database, extra generated tables, extra SQL. */
export const DatasetSpec = z
  .object({
    course: z
      .object({
        users: z.number().int().min(0).max(100_000).optional(),
        products: z.number().int().min(0).max(100_000).optional(),
        orders: z.number().int().min(0).max(100_000).optional(),
        auditLog: z.number().int().min(0).max(100_000).optional(),
      })
      .strict()
      .default({})
      .describe('row counts of the course database (users, products, orders, audit_log); values are seeded'),
    tables: z.array(TableSpec).default([]),
    sql: z.array(z.string().min(1)).default([]).describe('statements run after the tables are filled (indexes, fix-ups)'),
  })
  .strict()
  .describe('the seeded data every call runs against: values change with the seed, so a hard-coded answer fails');

/** PoolSpec is the harness's *sql.DB settings (the learner's code must not change them). */
export const PoolSpec = z
  .object({
    maxOpen: z.number().int().min(0).default(0).describe('SetMaxOpenConns; 0 is unlimited, as in Go'),
    maxIdle: z.number().int().optional().describe('SetMaxIdleConns; absent keeps Go\'s default of 2'),
    maxLifetimeMs: z.number().min(0).default(0).describe('SetConnMaxLifetime in ms; 0 is no limit'),
    maxIdleTimeMs: z.number().min(0).default(0).describe('SetConnMaxIdleTime in ms; 0 is no limit'),
    dsnParams: z.record(z.string(), z.string()).default({}).describe('extra go-sql-driver DSN parameters, e.g. { interpolateParams: "true" }'),
  })
  .strict();

/** ServerSpec is the simulated MySQL server's variables and latency. */
export const ServerSpec = z
  .object({
    variables: z
      .object({
        max_connections: z.number().int().min(1).optional(),
        wait_timeout: z.number().int().min(1).optional(),
        max_prepared_stmt_count: z.number().int().min(0).optional(),
        innodb_lock_wait_timeout: z.number().int().min(1).optional(),
      })
      .strict()
      .default({}),
    latency: z
      .object({ connectMs: z.number().min(0), roundTripMs: z.number().min(0), perRowMs: z.number().min(0) })
      .strict()
      .optional()
      .describe('absent: the default loopback latency calibrated on the fidelity traces'),
  })
  .strict();

/** ContextSpec is the context each call gets. */
export const ContextSpec = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('background') }).strict().describe('context.Background(): a leaked Rows stays leaked'),
    z.object({ kind: z.literal('deadline'), ms: z.number().positive() }).strict().describe('context.WithTimeout(Background, ms), cancelled by the harness after the call'),
    z.object({ kind: z.literal('request'), timeoutMs: z.number().positive().optional() }).strict().describe('request-scoped like net/http: cancelled when the call returns'),
  ])
  .describe('the context passed to the entry point');
/** ContextKind is background | deadline | request. */
export type ContextKind = z.infer<typeof ContextSpec>['kind'];

const scalarArg = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('literal'), value: z.union([z.string(), z.number(), z.boolean()]) }).strict().describe('the same value in every call'),
  z.object({ kind: z.literal('pick'), table: sqlIdent, column: sqlIdent }).strict().describe('a seeded random value of this column, drawn per call'),
  z.object({ kind: z.literal('callIndex'), offset: z.number().int().default(0) }).strict().describe('the call number (0-based) plus offset'),
]);

/** CallbackSpec is a function value the harness passes in: it returns normally, or panics / fails on the k-th item. */
export const CallbackSpec = z
  .object({
    kind: z.literal('callback'),
    returns: z.enum(['echo', 'zero']).default('zero').describe('echo returns its first argument (when the result type allows), zero returns zero values and a nil error'),
    trueFor: scalarArg.optional().describe('for a bool result: true exactly when the first argument equals this value (drawn per call)'),
    panicOnItem: z.number().int().min(1).optional().describe('panic on the k-th invocation within one call'),
    failOnItem: z.number().int().min(1).optional().describe('return an error (errors.Is(err, callback)) on the k-th invocation within one call'),
    message: z.string().default('bad data').describe('the panic value / error text'),
    onCalls: z.union([z.literal('all'), z.array(z.number().int().min(0))]).default('all').describe('which calls (0-based) misbehave'),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.panicOnItem !== undefined && c.failOnItem !== undefined) ctx.addIssue({ code: 'custom', path: ['failOnItem'], message: 'a callback either panics or fails, not both' });
  });



/** ArgSpec says what the harness passes for one parameter of the entry point or constructor. */
export const ArgSpec = z.union([
  z.object({ kind: z.literal('context') }).strict().describe('the scenario\'s context'),
  z.object({ kind: z.literal('db') }).strict().describe('the harness\'s *sql.DB'),
  scalarArg,
  z.object({ kind: z.literal('list'), of: scalarArg, length: z.number().int().min(0).max(10_000) }).strict().describe('a slice of generated values'),
  CallbackSpec,
]);
/** ArgSpecValue is one validated argument spec. */
export type ArgSpecValue = z.infer<typeof ArgSpec>;

const callShape = {
  calls: z.number().int().min(1).max(10_000).describe('how many times the entry point is called'),
  concurrency: z.number().int().min(1).max(1_000).default(1).describe('at most this many calls in flight (each in its own goroutine)'),
  spacingMs: z.number().min(0).default(0).describe('virtual time between call starts'),
};

/** CallDrive calls a function entry point with generated arguments. */
export const CallDrive = z
  .object({
    kind: z.literal('call'),
    entry: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/).describe('the entry function\'s name (one of the exercise\'s entry signatures)'),
    args: z.array(ArgSpec).describe('one per parameter, in order'),
    context: ContextSpec.default({ kind: 'background' }),
    ...callShape,
  })
  .strict();

/** HttpRoute is one handler the load drives, with its query parameters. */
export const HttpRoute = z
  .object({
    handler: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/).optional().describe('a method of the constructed value with the http.HandlerFunc shape; absent: the constructed value is the handler'),
    method: z.enum(['GET', 'POST', 'PUT', 'DELETE']).default('GET'),
    path: z.string().startsWith('/'),
    query: z.record(z.string(), scalarArg).default({}).describe('URL query parameters, read with r.URL.Query().Get'),
    weight: z.number().int().min(1).default(1).describe('relative share of the requests'),
  })
  .strict();

/** HttpDrive builds a handler (or a value with handler methods) and sends requests through it as net/http would. */
export const HttpDrive = z
  .object({
    kind: z.literal('http'),
    construct: z.object({ func: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), args: z.array(ArgSpec) }).strict().describe('called once before the first request'),
    routes: z.array(HttpRoute).min(1),
    clientTimeoutMs: z.number().positive().optional().describe('the request context\'s deadline; it is always cancelled when the handler returns'),
    ...callShape,
  })
  .strict();

/** DriveSpec is how the entry point is driven. */
export const DriveSpec = z.discriminatedUnion('kind', [CallDrive, HttpDrive]);
/** DriveSpecValue is a validated drive. */
export type DriveSpecValue = z.infer<typeof DriveSpec>;

/** ScenarioSpec is one scenario of an exercise. */
export const ScenarioSpec = z
  .object({
    name: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)?$/, 'a scenario name is kebab-case, optionally with one /variant (happy-path/request)'),
    title: z.string().min(1).describe('what the learner sees, e.g. "a query error under a request context"'),
    covers: z
      .array(z.enum(['happy-path', 'query-error', 'mid-iteration-error', 'scan-error', 'callback-panic', 'slow-query-deadline', 'burst-over-max-open', 'other']))
      .min(1)
      .describe('which situations of the required matrix this scenario covers'),
    seed: z.number().int().min(0).max(0xffffffff),
    seeds: z.number().int().min(1).max(32).default(2).describe('runs under seed, seed+1, ...; the report names the seed that failed (two by default: different data and schedules, so a hard-coded answer or a lucky interleaving fails)'),
    dataset: DatasetSpec.default({ course: {}, tables: [], sql: [] }),
    pool: PoolSpec.default({ maxOpen: 0, maxLifetimeMs: 0, maxIdleTimeMs: 0, dsnParams: {} }),
    server: ServerSpec.default({ variables: {} }),
    faults: FaultPlanSchema.default({ rules: [] }),
    drive: DriveSpec,
    checks: z.array(CheckSpec).min(1),
  })
  .strict()
  .superRefine((s, ctx) => {
    const names = s.checks.map((c) => c.check);
    names.forEach((n, i) => {
      if (names.indexOf(n) !== i) ctx.addIssue({ code: 'custom', path: ['checks', i, 'check'], message: `${n} appears twice` });
    });
    const hasDeadline = s.drive.kind === 'call' ? s.drive.context.kind === 'deadline' || (s.drive.context.kind === 'request' && s.drive.context.timeoutMs !== undefined) : s.drive.clientTimeoutMs !== undefined;
    const i = names.indexOf('deadlineRespected');
    if (i >= 0 && !hasDeadline) ctx.addIssue({ code: 'custom', path: ['checks', i], message: 'deadlineRespected needs a context with a deadline (drive.context deadline or request timeoutMs, or clientTimeoutMs)' });
    const j = names.indexOf('holdsUnderLoad');
    if (j >= 0 && s.drive.concurrency < 2) ctx.addIssue({ code: 'custom', path: ['checks', j], message: 'holdsUnderLoad needs drive.concurrency of 2 or more' });
    if (s.covers.includes('burst-over-max-open') && (s.pool.maxOpen === 0 || s.drive.concurrency <= s.pool.maxOpen)) {
      ctx.addIssue({ code: 'custom', path: ['drive', 'concurrency'], message: 'a burst over MaxOpen needs pool.maxOpen > 0 and drive.concurrency above it' });
    }
  });
/** Scenario is a validated scenario (defaults filled in). */
export type Scenario = z.infer<typeof ScenarioSpec>;
/** ScenarioInput is a scenario as written in scenarios.ts (defaults optional). */
export type ScenarioInput = z.input<typeof ScenarioSpec>;

/** ScenarioList is the default export of a scenarios.ts file. */
export const ScenarioList = z.array(ScenarioSpec).min(1).superRefine((list, ctx) => {
  const seen = new Map<string, number>();
  list.forEach((s, i) => {
    if (seen.has(s.name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `duplicate scenario name "${s.name}" (also at [${seen.get(s.name)}])` });
    seen.set(s.name, i);
  });
});
