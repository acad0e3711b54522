import { beforeAll, describe, expect, it } from 'vitest';
import { alertScenarios, compileAnswer, gradeAlerts, judgeAlerts, PRACTICE_SEEDS, runAlertScenarios, type ScenarioSeries } from '../../../src/lab/grade/alerts';
import { readLabExercise } from './read-lab-exercise';

const ex = readLabExercise('lab-alert-rules');
const SEED = 1234;
let runs: ScenarioSeries[];

beforeAll(() => {
  runs = runAlertScenarios(SEED);
}, 120_000);

function judge(answer: unknown) {
  const c = compileAnswer(answer);
  if (!c.ok) throw new Error(JSON.stringify(c.problems));
  return judgeAlerts(c.rules, runs, SEED);
}

describe('lesson 13: alert on a leak, not on a burst', () => {
  it('is an alerts exercise of lesson 13', () => {
    expect(ex.meta).toMatchObject({ kind: 'alerts', lesson: 'monitoring-and-alerting', order: 13 });
  });

  it('draws three healthy runs with bursts and two leaks from the seed, never the practice runs', () => {
    const sc = alertScenarios(SEED);
    expect(sc.map((s) => s.leakStartSec === null)).toEqual([true, true, true, false, false]);
    expect(sc.every((s) => s.config.workload.kind === 'burst')).toBe(true);
    expect(sc.map((s) => s.config.seed)).not.toContain(PRACTICE_SEEDS[0]);
    expect(alertScenarios(SEED + 1).map((s) => s.config)).not.toEqual(sc.map((s) => s.config));
  });

  it('passes the reference rules on every run', () => {
    const r = judge(ex.solution);
    expect(r.verdict).toBe('All 5 scenarios passed');
  });

  for (const [file, m] of Object.entries(ex.mistakes).filter(([, m]) => m.expect !== 'rulesValid')) {
    it(`fails ${file} on ${m.expect}`, () => {
      const r = judge(m.answer);
      expect(r.passed).toBe(false);
      const failing = r.scenarios.flatMap((s) => s.checks).filter((c) => !c.passed);
      expect(failing.map((c) => c.check)).toContain(m.expect);
      expect(failing.find((c) => c.check === m.expect)!.evidence[0].message).toMatch(/fired at \d|never fired/);
    });
  }

  it('rejects a rule that does not parse, pointing at the rule and the position, without running anything', () => {
    const r = gradeAlerts(ex.mistakes['syntax-error.json'].answer, SEED);
    expect(r.scenarios).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].field).toBe('rules.0.expr');
    expect(r.problems[0].message).toMatch(/^1:\d+: parse error/);
    expect(r.problems[0].from).toBeGreaterThan(0);
  });

  it('asks for exactly two rules', () => {
    const r = gradeAlerts({ rules: [{ alert: 'A', expr: 'go_sql_in_use_connections > 7' }] }, SEED);
    expect(r.problems[0]).toMatchObject({ field: 'rules', message: 'write exactly two rules' });
  });
});
