import type { Expr } from './ast';
import { typeOf } from './ast';
import { parseDuration } from './duration';
import { EvalError, evaluate } from './eval';
import type { PromqlError } from './parse';
import { parsePromql } from './parse';
import type { Labels, Series } from './series';
import { labelsKey } from './series';

/** AlertRuleSpec is an alerting rule as a learner writes it (the fields of a Prometheus rule file). */
export interface AlertRuleSpec { alert: string; expr: string; for?: string; labels?: Labels }

/** AlertRule is a rule whose expression parsed and type-checked. */
export interface AlertRule { alert: string; expr: Expr; forMs: number; labels: Labels; source: string }

/** RuleError says which rule and field is wrong, and where in the field's text. */
export interface RuleError { rule: number; field: 'alert' | 'expr' | 'for'; message: string; from: number; to: number }

/** FiringInterval is a span of time in which one alert (one label set) was firing; `to` is null while still firing at the end. */
export interface FiringInterval { labels: Labels; activeAt: number; from: number; to: number | null }

/** compileAlertRule checks one rule spec; it returns the rule or every error found in it. */
export function compileAlertRule(spec: AlertRuleSpec, index = 0): { ok: true; rule: AlertRule } | { ok: false; errors: RuleError[] } {
  const errors: RuleError[] = [];
  if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(spec.alert)) {
    errors.push({ rule: index, field: 'alert', message: `invalid alert name: ${JSON.stringify(spec.alert)}`, from: 0, to: spec.alert.length });
  }
  let forMs = 0;
  if (spec.for !== undefined && spec.for.trim() !== '') {
    const d = parseDuration(spec.for.trim());
    if (d === null) errors.push({ rule: index, field: 'for', message: `not a valid duration string: ${JSON.stringify(spec.for)}`, from: 0, to: spec.for.length });
    else forMs = d;
  }
  const parsed = parsePromql(spec.expr);
  let expr: Expr | undefined;
  if (!parsed.ok) {
    errors.push(fromPromqlError(parsed.error, index));
  } else if (typeOf(parsed.expr) !== 'instant vector') {
    errors.push({ rule: index, field: 'expr', message: `invalid expression type "${typeOf(parsed.expr)}" for alerting rule (an alert needs an instant vector)`, from: 0, to: spec.expr.length });
  } else expr = parsed.expr;
  if (errors.length > 0 || !expr) return { ok: false, errors };
  return { ok: true, rule: { alert: spec.alert, expr, forMs, labels: spec.labels ?? {}, source: spec.expr } };
}

function fromPromqlError(e: PromqlError, rule: number): RuleError {
  return { rule, field: 'expr', message: e.message, from: e.from, to: e.to };
}

/** EvalWindow is when to evaluate: every intervalMs from startMs to endMs inclusive, as a rule group does. */
export interface EvalWindow { startMs: number; endMs: number; intervalMs: number }

/** AlertRun is what an alerting rule did over a run: its firing intervals, or the evaluation error that stopped it. */
export interface AlertRun { alert: string; intervals: FiringInterval[]; error?: RuleError }

/**
 * runAlertRule evaluates a rule at every step of the window with Prometheus 2.42's alerting semantics:
 * a new result series becomes pending at that step (activeAt); it fires at the first step where
 * step - activeAt >= for; a pending alert that disappears is dropped; a firing one resolves.
 */
export function runAlertRule(rule: AlertRule, series: readonly Series[], win: EvalWindow, index = 0): AlertRun {
  const active = new Map<string, { labels: Labels; activeAt: number; firedAt: number | null }>();
  const intervals: FiringInterval[] = [];
  for (let t = win.startMs; t <= win.endMs; t += win.intervalMs) {
    let samples;
    try {
      const v = evaluate(rule.expr, series, t);
      if (v.type !== 'vector') throw new EvalError('alert expression did not give an instant vector', 0, rule.source.length);
      samples = v.samples;
    } catch (e) {
      if (!(e instanceof EvalError)) throw e;
      return { alert: rule.alert, intervals, error: { rule: index, field: 'expr', message: `evaluation at ${t / 1000}s: ${e.message}`, from: e.from, to: e.to } };
    }
    const now = new Set<string>();
    for (const s of samples) {
      const { __name__: _n, ...rest } = s.labels;
      const labels: Labels = { ...rest, ...rule.labels };
      const key = labelsKey(labels);
      now.add(key);
      if (!active.has(key)) active.set(key, { labels, activeAt: t, firedAt: null });
    }
    for (const [key, a] of active) {
      if (!now.has(key)) {
        if (a.firedAt !== null) {
          const open = intervals.find((i) => i.to === null && labelsKey(i.labels) === key);
          if (open) open.to = t;
        }
        active.delete(key);
        continue;
      }
      if (a.firedAt === null && t - a.activeAt >= rule.forMs) {
        a.firedAt = t;
        intervals.push({ labels: a.labels, activeAt: a.activeAt, from: t, to: null });
      }
    }
  }
  return { alert: rule.alert, intervals };
}

/** firingAt lists the label sets of a run's alerts that are firing at time t. */
export function firingAt(run: AlertRun, t: number): Labels[] {
  return run.intervals.filter((i) => i.from <= t && (i.to === null || t < i.to)).map((i) => i.labels);
}
