import { describe, expect, it } from 'vitest';
import { gradeSettings } from '../../../src/lab/grade/settings';
import { readLabExercise } from './read-lab-exercise';

const ex = readLabExercise('lab-configure-pool');

describe('lesson 11: size the pool', () => {
  it('is a settings exercise of lesson 11 with three hints', () => {
    expect(ex.meta).toMatchObject({ kind: 'settings', lesson: 'configuring-the-pool', order: 11 });
    expect(ex.body.hints).toHaveLength(3);
  });

  it('passes the reference answer on every workload seed', () => {
    const r = gradeSettings(ex.solution);
    expect(r.verdict).toBe('All 2 scenarios passed');
    expect(r.passed).toBe(true);
    expect(r.scenarios.flatMap((s) => s.checks.map((c) => c.check))).toContain('slo');
  });

  for (const [file, m] of Object.entries(ex.mistakes)) {
    it(`fails ${file} on ${m.expect}, with evidence that names the cause`, () => {
      const r = gradeSettings(m.answer, [11]);
      expect(r.passed).toBe(false);
      expect(r.verdict).toBe('1 of 1 scenario failed');
      const failed = r.scenarios[0].checks.find((c) => c.check === m.expect)!;
      expect(failed.passed).toBe(false);
      expect(failed.evidence[0].message.length).toBeGreaterThan(20);
    });
  }

  it('says which setting is malformed and runs nothing', () => {
    const r = gradeSettings({ maxOpen: 'ten', maxIdle: 2, maxLifetimeSec: 0, maxIdleTimeSec: 0 });
    expect(r.passed).toBe(false);
    expect(r.scenarios).toEqual([]);
    expect(r.problems[0].field).toBe('maxOpen');
  });

  it('gives the same report for the same answer', () => {
    expect(gradeSettings(ex.mistakes['too-small.json'].answer, [12])).toEqual(gradeSettings(ex.mistakes['too-small.json'].answer, [12]));
  });
});
