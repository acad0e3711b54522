import { describe, expect, it } from 'vitest';
import type { GradeReport, ScenarioResult } from '../../src/grader/report.ts';
import { checkColumns, headline, leakMarkers } from '../../src/ui/workbench/report-summary.ts';

const stats = { MaxOpenConnections: 5, OpenConnections: 0, InUse: 0, Idle: 0, WaitCount: 0, WaitDuration: 0, MaxIdleClosed: 0, MaxIdleTimeClosed: 0, MaxLifetimeClosed: 0 };
function scenario(name: string, checks: ScenarioResult['checks']): ScenarioResult {
  return { name, title: name, seed: 1, seedsRun: 1, passed: checks.every((c) => c.passed), outcome: 'ok', checks, stdout: '', stderr: '', stats, timeline: [] };
}
function report(scenarios: ScenarioResult[]): GradeReport {
  return { exercise: 'x', passed: scenarios.every((s) => s.passed), compile: { ok: true, diagnostics: [] }, signature: { ok: true, expected: [] }, scenarios };
}
const leak = (line: number, object: 'rows' | 'tx', file = 'main.go') => ({ kind: 'leak' as const, object, id: line, site: { file, line, col: 2 }, releasedBy: 'never' as const, droppedConn: false, message: `${object} leaked` });

describe('report summary', () => {
  it('says all scenarios passed only when every scenario passed', () => {
    expect(headline(report([scenario('a', [{ check: 'noLeaks', passed: true, evidence: [] }])]))).toBe('All scenarios passed');
  });

  it('counts failed scenarios out of all', () => {
    const r = report([
      scenario('a', [{ check: 'noLeaks', passed: false, evidence: [leak(15, 'rows')] }]),
      scenario('b', [{ check: 'noLeaks', passed: true, evidence: [] }]),
      scenario('c', [{ check: 'correctResult', passed: false, evidence: [{ kind: 'message', message: 'wrong' }] }]),
    ]);
    expect(headline(r)).toBe('2 of 3 scenarios failed');
    expect(checkColumns(r)).toEqual(['noLeaks', 'correctResult']);
  });

  it('explains that nothing ran when the program does not compile or lacks the entry point', () => {
    const bad: GradeReport = { ...report([]), passed: false, compile: { ok: false, diagnostics: [{ file: 'main.go', line: 3, col: 1, message: 'x', severity: 'error' }] } };
    expect(headline(bad)).toBe('The program does not compile: no scenario ran');
    const sig: GradeReport = { ...report([]), passed: false, signature: { ok: false, expected: ['func F()'], message: 'main.go: missing func F()' } };
    expect(headline(sig)).toBe('main.go: missing func F()');
  });

  it('puts one marker on each acquiring line, naming what leaked and every scenario it leaked in', () => {
    const r = report([
      scenario('query-error/request', [{ check: 'noLeaks', passed: false, evidence: [leak(15, 'rows'), leak(15, 'rows')] }]),
      scenario('burst', [{ check: 'noLeaks', passed: false, evidence: [leak(15, 'rows'), leak(9, 'tx'), leak(4, 'rows', 'harness.go')] }]),
    ]);
    expect(leakMarkers(r)).toEqual([
      { line: 9, col: 2, message: 'Leaked *sql.Tx acquired here, in scenario burst' },
      { line: 15, col: 2, message: 'Leaked *sql.Rows acquired here, in scenarios query-error/request, burst' },
    ]);
  });
});
