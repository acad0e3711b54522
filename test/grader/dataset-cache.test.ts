import { beforeAll, describe, expect, it } from 'vitest';
import { DatasetCache, buildScenarioWorld, fillDataset } from '../../src/grader/scenario-world.ts';
import { createGoEngine } from '../../src/grader/engine/go-engine.ts';
import type { EngineProgram } from '../../src/grader/engine/go-engine.ts';
import { loadExercise, type Exercise } from '../../src/grader/loader.ts';
import type { Scenario } from '../../src/grader/scenario.ts';
import { SqlEngine } from '../../src/mysql/sql-engine.ts';
import { World } from '../../src/sim/world.ts';
import type { SqlJs } from '../../src/mysql/sqljs-types.ts';
import { loadSqlJs } from '../mysql/load-sqljs.ts';
import { readExercise } from '../exercises/read-exercise.ts';

let sqljs: SqlJs;
let ex: Exercise;
beforeAll(async () => {
  sqljs = await loadSqlJs();
  const r = loadExercise(await readExercise('transfer'));
  if (!r.ok) throw new Error('transfer does not load');
  ex = r.exercise;
});
const scenario = (name: string): Scenario => ex.scenarios.find((s) => s.name === name)!;
const ACCOUNTS = 'SELECT * FROM accounts ORDER BY id';

function freshFill(s: Scenario, seed: number): SqlEngine {
  const e = SqlEngine.create(sqljs);
  fillDataset(e, s.dataset, new World({ seed, shuffle: true }).rng.fork('dataset'));
  return e;
}

describe('DatasetCache leases', () => {
  it('a released engine comes back rewound: the next run sees the filled rows, not the last run\'s writes', () => {
    const s = scenario('happy-path/background');
    const cache = new DatasetCache();
    const first = buildScenarioWorld(s, 8008, sqljs, cache);
    const engine = first.server.engine;
    engine.run('UPDATE accounts SET balance = 0', []);
    engine.run('CREATE TABLE leftovers (id INT)', []);
    first.close();
    first.close(); // a second close is harmless
    const second = buildScenarioWorld(s, 8008, sqljs, cache);
    expect(second.server.engine).toBe(engine);
    expect(second.server.engine.run(ACCOUNTS, [])).toEqual(freshFill(s, 8008).run(ACCOUNTS, []));
    expect(second.server.engine.check('SELECT * FROM leftovers')?.number).toBe(1146);
    second.close();
  });

  it('a lease still out makes the next run of the same dataset open its own copy', () => {
    const s = scenario('happy-path/background');
    const cache = new DatasetCache();
    const held = buildScenarioWorld(s, 8009, sqljs, cache);
    held.server.engine.run('DELETE FROM accounts', []);
    const other = buildScenarioWorld(s, 8009, sqljs, cache);
    expect(other.server.engine).not.toBe(held.server.engine);
    expect(other.server.engine.run(ACCOUNTS, [])).toEqual(freshFill(s, 8009).run(ACCOUNTS, []));
    other.close();
    held.close();
  });

  it('each seed has its own dataset', () => {
    const s = scenario('happy-path/background');
    const cache = new DatasetCache();
    const a = buildScenarioWorld(s, 8010, sqljs, cache);
    const rowsA = a.server.engine.run(ACCOUNTS, []);
    a.close();
    const b = buildScenarioWorld(s, 8011, sqljs, cache);
    expect(b.server.engine.run(ACCOUNTS, [])).not.toEqual(rowsA);
    expect(b.server.engine.run(ACCOUNTS, [])).toEqual(freshFill(s, 8011).run(ACCOUNTS, []));
    b.close();
  });
});

describe('the Go engine on reused datasets', () => {
  it('runs of the same scenario and seed are identical, even after a run that rewrote and dropped tables', () => {
    const engine = createGoEngine(sqljs);
    const solution = engine.compile([{ name: 'main.go', text: ex.solution }]);
    const vandal = engine.compile([{ name: 'main.go', text: ex.solution.replace(
      'tx, err := db.BeginTx(ctx, nil)',
      'db.ExecContext(ctx, "UPDATE accounts SET balance = 7")\n\tdb.ExecContext(ctx, "CREATE TABLE extra (id INT)")\n\ttx, err := db.BeginTx(ctx, nil)',
    ) }]);
    if (!solution.ok || !vandal.ok) throw new Error('does not compile');
    const s = scenario('happy-path/background');
    const before = engine.run(solution.program as EngineProgram, ex, s, 8008);
    const spoiled = engine.run(vandal.program as EngineProgram, ex, s, 8008);
    expect(spoiled.calls.map((c) => c.results)).not.toEqual(before.calls.map((c) => c.results));
    const after = engine.run(solution.program as EngineProgram, ex, s, 8008);
    expect(after).toEqual(before);
  });
});
