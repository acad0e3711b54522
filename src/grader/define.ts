/**
 * Helpers for writing an exercise's scenarios.ts: typed identity for the list, the background/request
 * context pair every context-taking scenario needs, and fault rules with the server's real error text.
 */
import type { FaultPlanInput } from '../mysql/fault-plan.ts';
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
