/**
 * The pure part of grading: given what the engine recorded for a scenario run (and for the reference
 * solution's run on the same seed), compute each check's verdict and evidence, pick the seed that
 * decides the scenario, and assemble the GradeReport.
 */
import type { SimEvent } from '../sim/events.ts';
import { formatSite, type Site } from '../sim/site.ts';
import { Millisecond } from '../sim/time.ts';
import type { CheckSpecValue, ErrorTagValue } from './checks.ts';
import { findLeaks, runIndex } from './leaks.ts';
import type { CallRecord, CheckResult, Evidence, GradeReport, ScenarioResult, ScenarioRun } from './report.ts';
import type { Scenario } from './scenario.ts';
import type { ReferenceCall, ReferenceRun } from './reference-results.ts';

function resultText(c: CallRecord | ReferenceCall | undefined): string {
  if (!c) return 'no call';
  if (c.outcome === 'panicked') return `panic: ${c.panic ?? ''}`.trim();
  if (c.outcome === 'blocked') return 'never returned';
  if (c.outcome === 'aborted') return 'aborted';
  if (c.http) return `${c.http.status} ${JSON.stringify(c.http.body)}`;
  const err = c.error ? c.error.text : '<nil>';
  return c.results.length > 0 ? `${c.results.join(', ')}, ${err}` : err;
}

function callEvidence(c: CallRecord | ReferenceCall, expected: string, actual: string, message: string): Evidence {
  return { kind: 'call', call: c.index, label: c.label, expected, actual, message };
}

/** checkCorrectResult compares every call with the reference solution's same call. */
export function checkCorrectResult(run: ScenarioRun, ref: ReferenceRun): Evidence[] {
  const out: Evidence[] = [];
  const byIndex = runIndex(run).call;
  for (const r of ref.calls) {
    const c = byIndex.get(r.index);
    const same =
      c !== undefined &&
      c.outcome === r.outcome &&
      (c.http || r.http
        ? c.http?.status === r.http?.status && c.http?.body === r.http?.body
        : (c.error === null) === (r.error === null) && (r.error !== null || c.results.join('\u0000') === r.results.join('\u0000')));
    if (!same) {
      const label = c?.label ?? r.label;
      out.push({ kind: 'call', call: r.index, label, expected: resultText(r), actual: resultText(c), message: `${label} returned ${resultText(c)}; expected ${resultText(r)}` });
    }
  }
  return out;
}

/** checkErrorPropagated: where the reference returns an error matching `is`, the learner's call must too. */
export function checkErrorPropagated(run: ScenarioRun, ref: ReferenceRun, is: ErrorTagValue): Evidence[] {
  const out: Evidence[] = [];
  let expectedAny = false;
  const byIndex = runIndex(run).call;
  for (const r of ref.calls) {
    const c = byIndex.get(r.index);
    if (r.http) {
      if (r.http.status < 400) continue;
      expectedAny = true;
      if (c?.http?.status !== r.http.status) {
        const got = c ? resultText(c) : 'no response';
        out.push(callEvidence(c ?? r, `status ${r.http.status}`, got, `${r.label} answered ${got}; the failure (${is}) should give status ${r.http.status}`));
      }
      continue;
    }
    if (!r.error || !r.error.is.includes(is)) continue;
    expectedAny = true;
    if (!c || c.outcome !== 'returned') {
      out.push(callEvidence(c ?? r, `an error matching ${is}`, resultText(c), `${r.label} did not return (${resultText(c)}); it should return the ${is} error`));
    } else if (c.error === null) {
      const partial = c.results.length > 0 ? ` with ${c.results.join(', ')} as if it were complete` : '';
      out.push(callEvidence(c, `an error matching ${is}`, resultText(c), `${c.label} returned a nil error${partial}: the ${is} error was lost`));
    } else if (!c.error.is.includes(is)) {
      out.push(callEvidence(c, `an error matching ${is}`, c.error.text, `${c.label} returned "${c.error.text}", for which errors.Is(err, ${is}) is false: wrap with %w, do not replace it`));
    }
  }
  if (!expectedAny) out.push({ kind: 'message', message: `the reference solution returned no ${is} error in this scenario: the scenario does not exercise it` });
  return out;
}

/** checkDeadlineRespected: calls with a deadline return by deadline + grace, with DeadlineExceeded when the reference does, holding no conn past it. */
export function checkDeadlineRespected(run: ScenarioRun, ref: ReferenceRun, graceMs: number): Evidence[] {
  const out: Evidence[] = [];
  const grace = graceMs * Millisecond;
  const { byTask, call: byIndex } = runIndex(run);
  const refByIndex = new Map(ref.calls.map((r) => [r.index, r]));
  for (const c of run.calls) {
    if (c.deadlineT === undefined) continue;
    const limit = c.deadlineT + grace;
    if (c.endT === undefined || c.endT > limit) {
      const late = c.endT === undefined ? 'never returned' : `returned ${((c.endT - c.deadlineT) / Millisecond).toFixed(1)} ms after its deadline`;
      out.push(callEvidence(c, `return within ${graceMs} ms of the deadline`, late, `${c.label} ${late}: pass the context to every database call`));
      continue;
    }
    const r = refByIndex.get(c.index);
    if (!c.http && r?.error?.is.includes('context.DeadlineExceeded') && !c.error?.is.includes('context.DeadlineExceeded')) {
      out.push(callEvidence(c, 'an error matching context.DeadlineExceeded', resultText(c), `${c.label} returned ${resultText(c)}; it should return context.DeadlineExceeded (wrapped is fine)`));
    }
  }
  // Every conn a call checked out is back (released or closed) by its deadline + grace.
  const holding = new Map<number, { call: number; siteObj?: Site }>();
  const late: Evidence[] = [];
  const limitOf = (call: number): number | undefined => {
    const c = byIndex.get(call);
    return c?.deadlineT === undefined ? undefined : c.deadlineT + grace;
  };
  const flag = (conn: number, at: number | undefined): void => {
    const h = holding.get(conn);
    if (!h) return;
    holding.delete(conn);
    const limit = limitOf(h.call);
    if (limit === undefined || (at !== undefined && at <= limit)) return;
    const c = byIndex.get(h.call)!;
    const where = h.siteObj ? ` acquired at ${formatSite(h.siteObj)}` : '';
    const until = at === undefined ? 'to the end of the run' : `until ${((at - c.deadlineT!) / Millisecond).toFixed(1)} ms past the deadline`;
    late.push(callEvidence(c, 'no connection held past the deadline', `connection ${conn}${where} held ${until}`, `${c.label} held connection ${conn}${where} ${until}`));
  };
  for (const e of run.events) {
    if (!('db' in e) || e.db !== run.db) continue;
    if (e.kind === 'conn.acquire' && e.task !== undefined && byTask.has(e.task)) holding.set(e.conn, { call: byTask.get(e.task)!, siteObj: e.site });
    else if (e.kind === 'conn.release' || e.kind === 'conn.close') flag(e.conn, e.t);
  }
  for (const conn of [...holding.keys()]) flag(conn, undefined);
  return [...out, ...late];
}

/** checkHoldsUnderLoad: every call finished, none failed with Error 1040, total wait within the bound. */
export function checkHoldsUnderLoad(run: ScenarioRun, maxTotalWaitMs: number): Evidence[] {
  const out: Evidence[] = [];
  if (run.outcome === 'deadlock') out.push({ kind: 'message', message: `the run deadlocked: ${run.reason ?? 'all goroutines are asleep'}` });
  for (const c of run.calls) {
    if (c.endSeq === undefined) out.push(callEvidence(c, 'the call returns', resultText(c), `${c.label} never returned`));
    else if (c.error && (c.error.is.includes('mysql:1040') || /^Error 1040\b/.test(c.error.text))) {
      out.push(callEvidence(c, 'no Error 1040', c.error.text, `${c.label} failed with ${c.error.text}: the server ran out of connections`));
    }
  }
  const waited = run.stats.WaitDuration / Millisecond;
  if (waited > maxTotalWaitMs) {
    out.push({ kind: 'stat', field: 'WaitDuration', expected: `<= ${maxTotalWaitMs}ms`, actual: `${waited.toFixed(1)}ms`, message: `callers waited ${waited.toFixed(1)} ms in total for a connection (WaitCount ${run.stats.WaitCount}); the bound is ${maxTotalWaitMs} ms` });
  }
  return out;
}

/** checkPreparedOnce: no call makes more than perCall explicit Prepare calls. */
export function checkPreparedOnce(run: ScenarioRun, perCall: number): Evidence[] {
  const { byTask, call: byIndex } = runIndex(run);
  const count = new Map<number, number>();
  const out: Evidence[] = [];
  for (const e of run.events) {
    if (e.kind !== 'stmt.prepare' || e.db !== run.db || e.task === undefined || !byTask.has(e.task)) continue;
    const call = byTask.get(e.task)!;
    const n = (count.get(call) ?? 0) + 1;
    count.set(call, n);
    if (n === perCall + 1) {
      const c = byIndex.get(call)!;
      const where = e.site ? ` at ${formatSite(e.site)}` : '';
      out.push(callEvidence(c, `at most ${perCall} Prepare per call`, `Prepare #${n}${where}`, `${c.label} prepares "${e.sql}" again${where}: prepare once, before the loop, and reuse the *sql.Stmt`));
    }
  }
  return out;
}

/** checkOnePool: the learner's code opened no *sql.DB of its own. */
export function checkOnePool(run: ScenarioRun): Evidence[] {
  const { learner } = runIndex(run);
  const opens = run.events.filter((e) => e.kind === 'db.open' && e.task !== undefined && learner.has(e.task));
  if (opens.length === 0) return [];
  const first = opens[0]!;
  const where = first.site ? ` at ${formatSite(first.site)}` : '';
  return [{ kind: 'message', message: `your code opened ${opens.length} *sql.DB pool(s) of its own (first${where}); each sql.Open is a whole pool with its own connections: use the *sql.DB you are given` }];
}

/** SETTER names the Go method behind each pool.settings event. */
const SETTER: Record<string, string> = { maxOpen: 'SetMaxOpenConns', maxIdle: 'SetMaxIdleConns', maxLifetime: 'SetConnMaxLifetime', maxIdleTime: 'SetConnMaxIdleTime' };

/**
 * findTampering says why a run must fail whatever its checks: the learner changed the harness pool's limits
 * or opened a pool. The reason names the call site (main.go:LINE:COL) and, when it happened in calls, in how
 * many of them (e.g. SetMaxOpenConns called by every request).
 */
export function findTampering(run: ScenarioRun): string | undefined {
  const { learner, byTask, call: byIndex } = runIndex(run);
  const label = (call: number | undefined): string => {
    const c = call === undefined ? undefined : byIndex.get(call);
    return c ? `call ${c.index + 1}: ${c.label}` : 'outside the calls';
  };
  let first: SimEvent | undefined;
  const calls = new Set<number>();
  for (const e of run.events) {
    if (e.task === undefined || !learner.has(e.task)) continue;
    const db = 'db' in e ? e.db : undefined;
    const forbidden = (e.kind === 'pool.settings' && db === run.db) || e.kind === 'db.open';
    if (!forbidden) continue;
    if (!first) first = e;
    else if (e.kind !== first.kind || (e.kind === 'pool.settings' && first.kind === 'pool.settings' && e.setting !== first.setting)) continue;
    const call = byTask.get(e.task);
    if (call !== undefined) calls.add(call);
  }
  if (!first) return undefined;
  const where = first.site ? `${formatSite(first.site)}: ` : '';
  const call = byTask.get(first.task!);
  const times = calls.size > 1 ? `in ${calls.size} of ${run.calls.length} calls (first ${label(call)})` : `(${label(call)})`;
  if (first.kind === 'pool.settings') {
    return `${where}your code calls db.${SETTER[first.setting] ?? first.setting}(${first.setting === 'maxLifetime' || first.setting === 'maxIdleTime' ? `${first.value / Millisecond}ms` : Math.max(0, first.value)}) ${times}; the scenario sets the pool's limits, so it fails`;
  }
  return `${where}your code opens its own *sql.DB with sql.Open ${times} instead of using the one it is given, so it fails`;
}

/** runCheck computes one check's verdict on a run. */
export function runCheck(spec: CheckSpecValue, run: ScenarioRun, ref: ReferenceRun, scenarioName: string): CheckResult {
  let evidence: Evidence[];
  switch (spec.check) {
    case 'noLeaks':
      evidence = findLeaks(run, scenarioName);
      break;
    case 'correctResult':
      evidence = checkCorrectResult(run, ref);
      break;
    case 'errorPropagated':
      evidence = checkErrorPropagated(run, ref, spec.is);
      break;
    case 'deadlineRespected':
      evidence = checkDeadlineRespected(run, ref, spec.graceMs);
      break;
    case 'holdsUnderLoad':
      evidence = checkHoldsUnderLoad(run, spec.maxTotalWaitMs);
      break;
    case 'preparedOnce':
      evidence = checkPreparedOnce(run, spec.perCall);
      break;
    case 'onePool':
      evidence = checkOnePool(run);
      break;
  }
  return { check: spec.check, passed: evidence.length === 0, evidence };
}

/** SeedRun is one seed's run of the learner's code with the reference solution's calls on the same seed. */
export interface SeedRun {
  run: ScenarioRun;
  reference: ReferenceRun;
}

/** evaluateScenario grades a scenario from its runs (one per seed): the first failing seed decides and is reported. */
export function evaluateScenario(scenario: Scenario, runs: readonly SeedRun[]): ScenarioResult {
  if (runs.length === 0) throw new Error(`grader: scenario ${scenario.name} has no runs`);
  let chosen: { run: ScenarioRun; checks: CheckResult[]; reason?: string; passed: boolean; tamper?: string } | undefined;
  for (const { run, reference } of runs) {
    const tamper = findTampering(run);
    const checks = scenario.checks.map((c) => runCheck(c, run, reference, scenario.name));
    const reason = tamper ?? (run.outcome === 'ok' ? undefined : run.reason ?? run.outcome);
    const passed = reason === undefined && checks.every((c) => c.passed);
    chosen = { run, checks, reason, passed, tamper };
    if (!passed) break;
  }
  const { run, checks, reason, passed, tamper } = chosen!;
  return {
    name: scenario.name,
    title: scenario.title,
    seed: run.seed,
    seedsRun: runs.findIndex((r) => r.run === run) + 1,
    passed,
    outcome: tamper ? 'forbidden' : run.outcome,
    ...(reason !== undefined ? { reason } : {}),
    checks,
    stdout: run.stdout,
    stderr: run.stderr,
    stats: run.stats,
    timeline: run.events as ScenarioResult['timeline'],
  };
}

/** buildReport assembles the GradeReport from the compile result, the signature check and the scenario verdicts. */
export function buildReport(
  exercise: string,
  compile: GradeReport['compile'],
  signature: GradeReport['signature'],
  scenarios: ScenarioResult[],
): GradeReport {
  const passed = compile.ok && signature.ok && scenarios.length > 0 && scenarios.every((s) => s.passed);
  return { exercise, passed, compile, signature, scenarios };
}
