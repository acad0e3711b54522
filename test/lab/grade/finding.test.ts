import { describe, expect, it } from 'vitest';
import { FINDING_ROUTES, findingConfig, findingTruth, gradeFinding, LEAK_KINDS } from '../../../src/lab/grade/finding';
import { runLab } from '../../../src/lab/service';
import { loadSqlJs } from '../../mysql/load-sqljs';
import { readLabExercise } from './read-lab-exercise';

describe('lesson 12: find the leaking endpoint', () => {
  it('is a finding exercise of lesson 12', () => {
    expect(readLabExercise('lab-find-the-leak').meta).toMatchObject({ kind: 'finding', lesson: 'detecting-a-leak', order: 12 });
  });

  it('draws every endpoint and every kind across seeds, so the answer cannot be memorised', () => {
    const truths = Array.from({ length: 60 }, (_, i) => findingTruth(1000 + i));
    expect(new Set(truths.map((t) => t.endpoint)).size).toBe(3);
    expect(new Set(truths.map((t) => t.kind)).size).toBe(3);
    expect(findingTruth(77)).toEqual(findingTruth(77));
  });

  it('passes the right answer and fails each wrong part with where to look', () => {
    for (const seed of [3, 4, 5, 6]) {
      const t = findingTruth(seed);
      const right = { endpoint: FINDING_ROUTES[t.endpoint], kind: t.kind };
      expect(gradeFinding(seed, right).passed).toBe(true);
      const wrongEndpoint = gradeFinding(seed, { ...right, endpoint: FINDING_ROUTES[(t.endpoint + 1) % 3] });
      expect(wrongEndpoint.scenarios[0].checks.map((c) => [c.check, c.passed])).toEqual([['endpoint', false], ['leakKind', true]]);
      expect(wrongEndpoint.scenarios[0].checks[0].evidence[0].message).toContain('does not leak');
      const wrongKind = gradeFinding(seed, { ...right, kind: LEAK_KINDS[(LEAK_KINDS.indexOf(t.kind) + 1) % 3] });
      expect(wrongKind.scenarios[0].checks.map((c) => [c.check, c.passed])).toEqual([['endpoint', true], ['leakKind', false]]);
    }
  });

  it('rejects an endpoint the service does not have', () => {
    const r = gradeFinding(1, { endpoint: 'GET /admin', kind: 'rows' });
    expect(r.problems[0]).toMatchObject({ field: 'endpoint' });
    expect(r.passed).toBe(false);
  });

  it('leaves the evidence of each kind in the run: the log for a panic, INNODB_TRX for a transaction, neither for rows', async () => {
    const sqljs = await loadSqlJs();
    const seeds: Record<string, number> = {};
    for (let s = 1; Object.keys(seeds).length < 3; s++) seeds[findingTruth(s).kind] ??= s;
    for (const [kind, seed] of Object.entries(seeds)) {
      const t = findingTruth(seed);
      const config = findingConfig(seed);
      const r = runLab({ ...config, durationSec: t.startSec + 60 }, {}, { sqljs, console: ['SELECT COUNT(*) FROM information_schema.INNODB_TRX'] });
      const panics = r.log.filter((l) => l.startsWith('main.(*server).'));
      const trx = Number(r.console[0].rows[0][0]);
      expect(r.scrapes.at(-1)!.InUse).toBeGreaterThan(r.scrapes.find((s) => s.t === t.startSec * 1e9)!.InUse);
      if (kind === 'panic') {
        expect(panics.length).toBeGreaterThan(0);
        expect(trx).toBe(0);
      } else if (kind === 'tx') {
        expect(panics).toEqual([]);
        expect(trx).toBeGreaterThan(0);
      } else {
        expect(panics).toEqual([]);
        expect(trx).toBe(0);
      }
      // each window reports the three endpoints' traffic, the evidence for which endpoint leaks
      expect(r.windows.every((w) => w.endpoints.length === 3)).toBe(true);
    }
  });
});
