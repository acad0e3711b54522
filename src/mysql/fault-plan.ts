import { z } from 'zod';

/** FaultOp is the server operation a fault rule matches. */
export const FaultOp = z.enum(['connect', 'query', 'exec', 'prepare', 'row', 'commit', 'rollback', 'idle'])
  .describe('connect: a login; query/exec: a statement returning rows / not; prepare: COM_STMT_PREPARE; row: the Nth row of a result; commit/rollback; idle: a session idle for afterMs');

const sqlPattern = z.string().min(1).describe('case-insensitive substring of the SQL, or /regex/flags')
  .refine((s) => {
    const m = s.match(/^\/(.*)\/([a-z]*)$/s);
    if (!m) return true;
    try { new RegExp(m[1]!, m[2]); return true; } catch { return false; }
  }, { message: 'not a valid /regex/' });

/** FaultEffect is what a rule injects. */
export const FaultEffect = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('error'),
    number: z.number().int().min(1).max(65535),
    sqlState: z.string().regex(/^[0-9A-Z]{5}$/, 'SQLSTATE is five characters, like 42000 or HY000'),
    message: z.string().min(1),
  }).describe('the server answers with this MySQL error packet'),
  z.object({ kind: z.literal('drop') }).describe('the TCP connection breaks: the client sees invalid connection'),
  z.object({ kind: z.literal('latency'), ms: z.number().min(0).max(86_400_000) }).describe('extra virtual milliseconds'),
  z.object({ kind: z.literal('kill'), what: z.enum(['query', 'connection']) }).describe('KILL QUERY / KILL CONNECTION from another session'),
]);

/** FaultRule matches operations by kind, SQL pattern, row and occurrence, and injects one effect. */
export const FaultRule = z.object({
  id: z.string().optional().describe('a name for the rule in the event log; defaults to its index'),
  on: FaultOp,
  sql: sqlPattern.optional(),
  row: z.number().int().min(1).optional().describe('for on=row: which row of the result (1-based)'),
  afterMs: z.number().min(0).optional().describe('for on=idle: idle time before the fault fires'),
  occurrence: z.number().int().min(1).default(1).describe('the first matching operation that fires (1-based)'),
  times: z.union([z.number().int().min(1), z.literal('always')]).default(1).describe('how many matches fire from there on'),
  inject: FaultEffect,
}).strict().superRefine((r, ctx) => {
  if (r.on === 'row' && r.row === undefined) ctx.addIssue({ code: 'custom', path: ['row'], message: 'a rule on "row" needs row (1-based)' });
  if (r.on !== 'row' && r.row !== undefined) ctx.addIssue({ code: 'custom', path: ['row'], message: 'row is only for rules on "row"' });
  if (r.on === 'idle' && r.afterMs === undefined) ctx.addIssue({ code: 'custom', path: ['afterMs'], message: 'a rule on "idle" needs afterMs' });
  if (r.on === 'idle' && (r.inject.kind === 'error' || r.inject.kind === 'latency')) {
    ctx.addIssue({ code: 'custom', path: ['inject', 'kind'], message: 'an idle session can only be dropped or killed' });
  }
  if (r.on === 'connect' && r.inject.kind === 'kill') ctx.addIssue({ code: 'custom', path: ['inject', 'kind'], message: 'a login cannot be killed; use error or drop' });
});

/** FaultPlanSchema is the one fault-plan format (the Go CLI's --faults file and the grader's scenarios). */
export const FaultPlanSchema = z.object({ rules: z.array(FaultRule) }).strict();

/** FaultPlan is a validated fault plan. */
export type FaultPlan = z.infer<typeof FaultPlanSchema>;
/** FaultPlanInput is a fault plan before defaults are filled in. */
export type FaultPlanInput = z.input<typeof FaultPlanSchema>;
/** FaultRuleSpec is one validated rule. */
export type FaultRuleSpec = z.infer<typeof FaultRule>;

/** ParsedFaultPlan is a plan, or the list of problems with their paths. */
export type ParsedFaultPlan = { ok: true; plan: FaultPlan } | { ok: false; errors: string[] };

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(plan)';
}

/** parseFaultPlan validates untrusted input; each error names the path, e.g. `rules[0].inject.kind: ...`. */
export function parseFaultPlan(input: unknown): ParsedFaultPlan {
  const r = FaultPlanSchema.safeParse(input);
  if (r.success) return { ok: true, plan: r.data };
  return { ok: false, errors: r.error.issues.map((i) => `fault plan: ${pathText(i.path)}: ${i.message}`) };
}

export { sqlMatches } from './sql-pattern.ts';
