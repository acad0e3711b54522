import { describe, expect, it } from 'vitest';
import { buildScenarioWorld, DatasetCache } from '../../src/grader/scenario-world.ts';
import { planCalls } from '../../src/grader/call-plan.ts';
import { loadExercise, type Exercise } from '../../src/grader/loader.ts';
import type { Scenario } from '../../src/grader/scenario.ts';
import { background } from '../../src/sim/context.ts';
import { loadSqlJs } from '../mysql/load-sqljs.ts';
import { exerciseSlugs, readExercise } from '../exercises/read-exercise.ts';

async function exercise(slug: string): Promise<Exercise> {
  const r = loadExercise(await readExercise(slug));
  if (!r.ok) throw new Error(`${slug} does not load`);
  return r.exercise;
}
const scenario = (ex: Exercise, name: string): Scenario => ex.scenarios.find((s) => s.name === name)!;

describe('buildScenarioWorld', () => {
  it('fills generated tables from the seed, applies the extra SQL, and picks skip NULLs', async () => {
    const sqljs = await loadSqlJs();
    const ex = await exercise('partial-sum');
    const happy = scenario(ex, 'happy-path/background');
    const a = buildScenarioWorld(happy, 6006, sqljs).values('payments', 'amount_cents');
    const again = buildScenarioWorld(happy, 6006, sqljs).values('payments', 'amount_cents');
    const other = buildScenarioWorld(happy, 6007, sqljs).values('payments', 'amount_cents');
    expect(a).toHaveLength(120);
    expect(again).toEqual(a);
    expect(other).not.toEqual(a);
    for (const v of a) expect(Number(v)).toBeGreaterThanOrEqual(100);
    const scan = buildScenarioWorld(scenario(ex, 'scan-error/background'), 6009, sqljs);
    expect(scan.values('payments', 'amount_cents')).toHaveLength(119);
  });

  it('applies the pool settings before the baseline, outside any task, and arms the fault plan', async () => {
    const sqljs = await loadSqlJs();
    const ex = await exercise('first-match');
    const burst = buildScenarioWorld(scenario(ex, 'burst/background'), 1, sqljs);
    expect(burst.db.stats().MaxOpenConnections).toBe(5);
    const settings = burst.world.log.events.filter((e) => e.kind === 'pool.settings');
    expect(settings.length).toBeGreaterThan(0);
    expect(settings.every((e) => e.task === undefined && e.seq < burst.baselineSeq)).toBe(true);
    const qe = buildScenarioWorld(scenario(ex, 'query-error/background'), 1, sqljs);
    let text = '';
    qe.world.spawn('probe', function* () {
      const [, err] = yield* qe.db.queryContext(background(qe.world), 'SELECT id, name FROM users ORDER BY id');
      text = err?.Error() ?? '';
    });
    qe.world.run({ maxSteps: 100_000 });
    expect(text).toBe("Error 1146 (42S02): Table 'course.users' doesn't exist");
  });
});

describe('DatasetCache', () => {
  it('restores the same rows, keys and column types as a freshly filled dataset', async () => {
    const sqljs = await loadSqlJs();
    const ex = await exercise('transfer');
    const s = scenario(ex, 'happy-path/background');
    const cache = new DatasetCache();
    const fresh = buildScenarioWorld(s, 8008, sqljs).server.engine;
    buildScenarioWorld(s, 8008, sqljs, cache);
    const restored = buildScenarioWorld(s, 8008, sqljs, cache).server.engine;
    for (const q of ['SELECT * FROM accounts ORDER BY id', 'SELECT id, created_at FROM orders ORDER BY id', 'SELECT * FROM products ORDER BY id']) {
      expect(restored.run(q, []), q).toEqual(fresh.run(q, []));
    }
    const dup = (e: typeof fresh): string => {
      try {
        e.run('INSERT INTO accounts(id, balance) VALUES (1, 5)', []);
        return 'no error';
      } catch (err) {
        return (err as Error).message;
      }
    };
    expect(dup(restored)).toBe(dup(fresh));
    expect(dup(fresh)).toMatch(/Duplicate entry '1' for key/);
    // A restored engine is a copy: writes to one do not reach the snapshot.
    restored.run('UPDATE accounts SET balance = 0', []);
    const again = buildScenarioWorld(s, 8008, sqljs, cache).server.engine;
    expect(again.run('SELECT * FROM accounts ORDER BY id', [])).toEqual(fresh.run('SELECT * FROM accounts ORDER BY id', []));
  });
});

describe('planCalls', () => {
  it('draws arguments per call from the dataset, deterministically for a seed', async () => {
    const sqljs = await loadSqlJs();
    const ex = await exercise('first-match');
    const s = scenario(ex, 'callback-panic/request');
    const w = buildScenarioWorld(s, s.seed, sqljs);
    const plan = planCalls(s, s.seed, w.values);
    expect(plan.kind).toBe('call');
    if (plan.kind !== 'call') return;
    expect(plan.calls).toHaveLength(5);
    expect(plan.calls[0]!.label).toBe('FindUserID(ctx, db, func (panics on item 2))');
    const names = new Set(w.values('users', 'name'));
    for (const c of plan.calls) {
      const cb = c.args[2]!;
      expect(cb).toMatchObject({ kind: 'callback', returns: 'zero', panicOnItem: 2, message: 'bad data' });
      expect(names.has(cb.kind === 'callback' ? String(cb.trueFor) : '')).toBe(true);
    }
    expect(planCalls(s, s.seed, w.values)).toEqual(plan);
    const picks = (seed: number) => {
      const p = planCalls(s, seed, w.values);
      return p.kind === 'call' ? p.calls.map((c) => (c.args[2]!.kind === 'callback' ? c.args[2]!.trueFor : null)) : [];
    };
    expect(picks(s.seed + 1)).not.toEqual(picks(s.seed));
  });

  it('spreads requests over the routes by weight and builds their URLs', async () => {
    const sqljs = await loadSqlJs();
    const ex = await exercise('orders-service');
    const s = scenario(ex, 'load-test');
    const w = buildScenarioWorld(s, s.seed, sqljs);
    const plan = planCalls(s, s.seed, w.values);
    if (plan.kind !== 'http') throw new Error('expected an http plan');
    expect(plan.construct.func).toBe('NewServer');
    expect(plan.requests).toHaveLength(400);
    const count = (h: string) => plan.requests.filter((r) => r.handler === h).length;
    // weights 3:2:2:1 over 400 requests
    expect(count('LatestOrder')).toBeGreaterThan(110);
    expect(count('Health')).toBeLessThan(80);
    const reserve = plan.requests.find((r) => r.handler === 'Reserve')!;
    expect(reserve.target).toMatch(/^\/reserve\?product=\d+&qty=[1-5]$/);
    expect(reserve.label).toBe(`POST ${reserve.target}`);
  });
});

describe('every exercise scenario', () => {
  it('builds its world and plans its calls under its first seed', async () => {
    const sqljs = await loadSqlJs();
    let n = 0;
    for (const slug of exerciseSlugs()) {
      const ex = await exercise(slug);
      for (const s of ex.scenarios) {
        const w = buildScenarioWorld(s, s.seed, sqljs);
        const plan = planCalls(s, s.seed, w.values);
        expect(plan.kind === 'call' ? plan.calls.length : plan.requests.length, `${slug}/${s.name}`).toBe(s.drive.calls);
        n++;
      }
    }
    expect(n).toBeGreaterThan(11 * 7);
  });
});
