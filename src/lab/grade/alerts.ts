/**
 * Lesson 13's exercise: two alerting rules that each fire within 5 virtual minutes of a leak starting and
 * never fire on healthy runs with legitimate bursts. Graded on runs drawn from a fresh seed, not the
 * practice runs the learner saw.
 */
import { z } from 'zod';
import { Rng } from '../../sim/rng.ts';
import { DEFAULT_CONFIG, type LabConfig } from '../config.ts';
import { toSeries } from '../metrics.ts';
import { compileAlertRule, runAlertRule, type AlertRule } from '../promql/rules.ts';
import type { Series } from '../promql/series.ts';
import { runLab, type RunHooks } from '../service.ts';
import { check, formatClock, makeReport, type AnswerProblem, type LabGradeReport, type LabScenarioResult } from './report.ts';

/** FIRE_WITHIN_SEC is how soon after a leak starts each rule must fire. */
export const FIRE_WITHIN_SEC = 300;
/** EVAL_INTERVAL_MS is the rule group's evaluation interval (the scrape interval). */
export const EVAL_INTERVAL_MS = 15_000;
/** DB_NAME is the db_name label of the exported metrics. */
export const DB_NAME = 'shop';

/** AlertRuleInputSchema is one rule as the learner writes it (a Prometheus rule's alert, expr and for). */
export const AlertRuleInputSchema = z.object({ alert: z.string(), expr: z.string(), for: z.string().optional() }).strict();
/** AlertsAnswerSchema is the answer: exactly two rules. */
export const AlertsAnswerSchema = z.object({ rules: z.array(AlertRuleInputSchema).length(2, 'write exactly two rules') }).strict();
/** AlertsAnswer is a validated answer. */
export type AlertsAnswer = z.infer<typeof AlertsAnswerSchema>;

/** AlertScenario is one graded run: healthy (leakStartSec null) or leaking from leakStartSec. */
export interface AlertScenario { name: string; title: string; config: LabConfig; leakStartSec: number | null }

/** PRACTICE_SEEDS are the seeds of the runs the exercise page shows; grading never uses them. */
export const PRACTICE_SEEDS = [1, 2] as const;

const service: Omit<LabConfig, 'seed' | 'workload' | 'bug'> = {
  ...DEFAULT_CONFIG,
  durationSec: 660,
  pool: { maxOpen: 8, maxIdle: 8, maxLifetimeSec: 0, maxIdleTimeSec: 0 },
  latency: { medianMs: 80, p99Ms: 400, slowShare: 0, slowMs: 2000 },
  deadlineMs: 2000,
};

/** alertScenarios draws the graded runs from a seed: three healthy services with bursts, two leaking ones. */
export function alertScenarios(seed: number): AlertScenario[] {
  const rng = new Rng(seed).fork('lab-alerts');
  const pick = (lo: number, hi: number) => lo + Math.floor(rng.float() * (hi - lo + 1));
  const sub = (i: number) => (seed * 7 + i) % 2147483647;
  const out: AlertScenario[] = [];
  for (let i = 0; i < 3; i++) {
    const everySec = pick(90, 180);
    const burstSec = pick(20, 40);
    const burstRps = pick(50, 65);
    out.push({
      name: `healthy-${i + 1}`, title: `Healthy: bursts of ${burstRps} requests/s for ${burstSec} s every ${everySec} s`, leakStartSec: null,
      config: { ...service, seed: sub(i), workload: { kind: 'burst', baseRps: pick(4, 6), burstRps, everySec, burstSec }, bug: { kind: 'none' } },
    });
  }
  const kinds = ['rowsLeak', 'txLeak'] as const;
  for (let i = 0; i < 2; i++) {
    const startSec = pick(180, 300);
    const kind = kinds[i];
    out.push({
      name: `leak-${i + 1}`, title: `${kind === 'rowsLeak' ? 'Rows' : 'A transaction'} leaked in 4% of requests from ${formatClock(startSec)}`, leakStartSec: startSec,
      config: { ...service, seed: sub(3 + i), workload: { kind: 'burst', baseRps: pick(4, 6), burstRps: pick(50, 65), everySec: pick(90, 180), burstSec: pick(20, 40) }, bug: { kind, percent: 4, startSec } },
    });
  }
  return out;
}

/** compileAnswer checks the rules; problems point at the rule and the place in its text. */
export function compileAnswer(input: unknown): { ok: true; rules: AlertRule[] } | { ok: false; problems: AnswerProblem[] } {
  const parsed = AlertsAnswerSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'answer', message: i.message })) };
  const rules: AlertRule[] = [];
  const problems: AnswerProblem[] = [];
  const names = new Set<string>();
  parsed.data.rules.forEach((spec, i) => {
    const r = compileAlertRule(spec, i);
    if (!r.ok) for (const e of r.errors) problems.push({ field: `rules.${i}.${e.field}`, message: e.message, from: e.from, to: e.to });
    else rules.push(r.rule);
    if (names.has(spec.alert)) problems.push({ field: `rules.${i}.alert`, message: `two rules are named ${spec.alert}`, from: 0, to: spec.alert.length });
    names.add(spec.alert);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rules };
}

/** ScenarioSeries is one scenario's run reduced to what rules read: the exported series. */
export interface ScenarioSeries { scenario: AlertScenario; series: Series[] }

/** runAlertScenarios runs every scenario drawn from the seed (the expensive part of grading). */
export function runAlertScenarios(seed: number, hooks: RunHooks = {}): ScenarioSeries[] {
  const scenarios = alertScenarios(seed);
  return scenarios.map((scenario, i) => {
    const run = runLab(scenario.config, { onProgress: (f) => hooks.onProgress?.((i + f) / scenarios.length), shouldCancel: hooks.shouldCancel });
    return { scenario, series: toSeries(run.scrapes, DB_NAME) };
  });
}

/** judgeAlerts checks compiled rules against scenario runs: quiet on healthy ones, quiet before a leak, firing within 5 minutes of it. */
export function judgeAlerts(rules: readonly AlertRule[], runs: readonly ScenarioSeries[], seed: number): LabGradeReport {
  const results: LabScenarioResult[] = runs.map(({ scenario: sc, series }) => {
    const win = { startMs: 0, endMs: sc.config.durationSec * 1000, intervalMs: EVAL_INTERVAL_MS };
    const quiet: { message: string; atSec?: number }[] = [];
    const before: { message: string; atSec?: number }[] = [];
    const fires: { message: string; atSec?: number }[] = [];
    const invalid: { message: string }[] = [];
    rules.forEach((rule, ri) => {
      const ar = runAlertRule(rule, series, win, ri);
      if (ar.error) { invalid.push({ message: `${rule.alert}: ${ar.error.message}` }); return; }
      const firstSec = ar.intervals.length > 0 ? ar.intervals[0].from / 1000 : null;
      if (sc.leakStartSec === null) {
        if (firstSec !== null) quiet.push({ message: `${rule.alert} fired at ${formatClock(firstSec)} on a healthy service: the pool was only busy (a burst) and gave every connection back.`, atSec: firstSec });
        return;
      }
      const start = sc.leakStartSec * 1000;
      const limit = start + FIRE_WITHIN_SEC * 1000;
      const early = ar.intervals.find((iv) => iv.from < start);
      if (early) before.push({ message: `${rule.alert} fired at ${formatClock(early.from / 1000)}, before the leak started at ${formatClock(sc.leakStartSec)}.`, atSec: early.from / 1000 });
      const hit = ar.intervals.some((iv) => iv.from <= limit && (iv.to === null || iv.to > start));
      if (!hit) {
        const late = ar.intervals.find((iv) => iv.from > limit);
        fires.push(late
          ? { message: `${rule.alert} fired at ${formatClock(late.from / 1000)}, ${formatClock((late.from - start) / 1000)} after the leak started: later than 5 minutes (a long range window or for: delays it).`, atSec: late.from / 1000 }
          : { message: `${rule.alert} never fired, though the leak started at ${formatClock(sc.leakStartSec)} and ran to the end (${formatClock(sc.config.durationSec)}).` });
      }
    });
    const checks = [check('rulesValid', invalid)];
    if (sc.leakStartSec === null) checks.push(check('quietWhenHealthy', quiet));
    else checks.push(check('quietBeforeLeak', before), check('firesOnLeak', fires));
    return { name: sc.name, title: sc.title, seed: sc.config.seed, passed: checks.every((c) => c.passed), checks, config: sc.config };
  });
  return makeReport('lab-alert-rules', 'alerts', seed, results);
}

/** gradeAlerts compiles the answer, runs every scenario drawn from the seed and judges the rules on them. */
export function gradeAlerts(input: unknown, seed: number, hooks: RunHooks = {}): LabGradeReport {
  const compiled = compileAnswer(input);
  if (!compiled.ok) return makeReport('lab-alert-rules', 'alerts', seed, [], compiled.problems);
  return judgeAlerts(compiled.rules, runAlertScenarios(seed, hooks), seed);
}
