/**
 * Lesson 11's exercise: choose pool settings for one replica of a service so that, with its siblings,
 * it meets an SLO: p99 latency, no failed request, no Error 1040, server connections under the
 * service's budget, no idle churn, and connections retired before the server's wait_timeout.
 */
import { z } from 'zod';
import { DEFAULT_CONFIG, type LabConfig } from '../config.ts';
import { runLab, type RunHooks } from '../service.ts';
import { check, formatClock, makeReport, type AnswerProblem, type LabCheckResult, type LabGradeReport, type LabScenarioResult } from './report.ts';

/** SETTINGS_TASK is the situation the learner sizes the pool for (shown in the prompt). */
export const SETTINGS_TASK = {
  replicas: 6,
  maxConnections: 151,
  /** otherServices: sessions held by other applications and the admins on the same server */
  otherServices: 31,
  /** budget: connections the whole service (all replicas) may hold */
  budget: 96,
  waitTimeoutSec: 300,
  sloP99Ms: 600,
  /** maxIdleClosedPerSec: more than this many closes per second by the idle limit is churn */
  maxIdleClosedPerSec: 0.1,
  durationSec: 240,
} as const;

/** SettingsAnswerSchema is the answer: the four pool settings of one replica. */
export const SettingsAnswerSchema = z.object({
  maxOpen: z.number().int().min(0).max(1000),
  maxIdle: z.number().int().min(-1).max(1000),
  maxLifetimeSec: z.number().min(0).max(86400),
  maxIdleTimeSec: z.number().min(0).max(86400),
}).strict();
/** SettingsAnswer is a validated answer. */
export type SettingsAnswer = z.infer<typeof SettingsAnswerSchema>;

/** SETTINGS_SEEDS are the workload seeds the answer is graded on. */
export const SETTINGS_SEEDS = [11, 12] as const;

/** settingsConfig is the lab run for an answer: this replica's traffic, its siblings assumed as full as it is. */
export function settingsConfig(answer: SettingsAnswer, seed: number): LabConfig {
  const t = SETTINGS_TASK;
  return {
    ...DEFAULT_CONFIG,
    seed,
    durationSec: t.durationSec,
    pool: { ...answer },
    server: { maxConnections: t.maxConnections, waitTimeoutSec: t.waitTimeoutSec, otherClients: t.otherServices + (t.replicas - 1) * answer.maxOpen },
    workload: { kind: 'burst', baseRps: 20, burstRps: 80, everySec: 60, burstSec: 20 },
    latency: { medianMs: 100, p99Ms: 400, slowShare: 0, slowMs: 2000, connectMs: 20 },
    deadlineMs: 2000,
    bug: { kind: 'none' },
  };
}

/** staticChecks are the checks an answer fails before any run: the budget and the lifetime against wait_timeout. */
function staticChecks(a: SettingsAnswer): LabCheckResult[] {
  const t = SETTINGS_TASK;
  const budget: { message: string }[] = [];
  if (a.maxOpen === 0) budget.push({ message: `SetMaxOpenConns(0) leaves the pool unlimited: ${t.replicas} replicas could open any number of connections, and the budget is ${t.budget}.` });
  else if (a.maxOpen * t.replicas > t.budget) budget.push({ message: `${t.replicas} replicas × SetMaxOpenConns(${a.maxOpen}) = ${a.maxOpen * t.replicas} connections, over the service's budget of ${t.budget}.` });
  const retire: { message: string }[] = [];
  const lifeOk = a.maxLifetimeSec > 0 && a.maxLifetimeSec < t.waitTimeoutSec;
  const idleOk = a.maxIdleTimeSec > 0 && a.maxIdleTimeSec < t.waitTimeoutSec;
  if (!lifeOk && !idleOk) {
    retire.push({ message: `The server closes sessions idle for ${t.waitTimeoutSec} s (wait_timeout), but neither SetConnMaxLifetime (${a.maxLifetimeSec} s) nor SetConnMaxIdleTime (${a.maxIdleTimeSec} s) retires a connection before that: quiet connections die on the server first, and the next query on one meets "closing bad idle connection".` });
  }
  return [check('budget', budget), check('retiredBeforeTimeout', retire)];
}

/** gradeSettings grades an answer: the static checks, then one lab run per workload seed. */
export function gradeSettings(input: unknown, seeds: readonly number[] = SETTINGS_SEEDS, hooks: RunHooks = {}): LabGradeReport {
  const parsed = SettingsAnswerSchema.safeParse(input);
  if (!parsed.success) {
    const problems: AnswerProblem[] = parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'answer', message: i.message }));
    return makeReport('lab-configure-pool', 'settings', seeds[0] ?? 0, [], problems);
  }
  const a = parsed.data;
  const t = SETTINGS_TASK;
  const scenarios: LabScenarioResult[] = [];
  const fixed = staticChecks(a);
  seeds.forEach((seed, i) => {
    const config = settingsConfig(a, seed);
    const run = runLab(config, {
      onProgress: (f) => hooks.onProgress?.((i + f) / seeds.length),
      shouldCancel: hooks.shouldCancel,
    });
    const e = run.totals.errors;
    const p99 = run.totals.latencyP99Ms ?? 0;
    const slo = p99 > t.sloP99Ms ? [{ message: `p99 latency was ${p99.toFixed(0)} ms over the run, above the SLO of ${t.sloP99Ms} ms: requests waited for a connection during the bursts (WaitCount ${run.scrapes.at(-1)?.WaitCount ?? 0}).` }] : [];
    const tooMany = e.tooManyConnections > 0
      ? [{ message: `${e.tooManyConnections} requests failed with Error 1040 (08004): Too many connections: ${t.otherServices} sessions of other services + ${t.replicas - 1} sibling replicas × ${a.maxOpen} + this replica's pool exceed max_connections (${t.maxConnections}).` }]
      : [];
    const failed = e.deadline + e.invalidConnection + e.other;
    const errors = failed > 0 ? [{ message: `${failed} requests failed (${e.deadline} with context deadline exceeded, ${e.invalidConnection} with invalid connection, ${e.other} other).` }] : [];
    const last = run.scrapes.at(-1);
    const closed = last ? last.MaxIdleClosed : 0;
    const perSec = closed / t.durationSec;
    const churn = perSec > t.maxIdleClosedPerSec
      ? [{ message: `MaxIdleClosed reached ${closed} in ${formatClock(t.durationSec)} (${perSec.toFixed(2)}/s): every burst dials connections that SetMaxIdleConns(${a.maxIdle}) then closes on release.` }]
      : [];
    const checks = [fixed[0], check('noTooManyConnections', tooMany), check('slo', slo), check('noErrors', errors), check('noChurn', churn), fixed[1]];
    scenarios.push({ name: `bursts-${seed}`, title: `Bursts of 80 requests/s every minute (seed ${seed})`, seed, passed: checks.every((c) => c.passed), checks, config });
  });
  return makeReport('lab-configure-pool', 'settings', seeds[0] ?? 0, scenarios);
}
