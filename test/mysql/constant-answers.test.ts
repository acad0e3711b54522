import { describe, expect, it } from 'vitest';
import { World } from '../../src/sim/world.ts';
import { MysqlServer } from '../../src/mysql/server.ts';
import { DEFAULT_LATENCY } from '../../src/mysql/latency-model.ts';
import { LatencyOnlyEngine } from '../../src/mysql/latency-only-engine.ts';
import { parseFaultPlan, type FaultPlan } from '../../src/mysql/fault-plan.ts';
import type { StatementEngine } from '../../src/mysql/statement-engine.ts';
import type { StatementResult } from '../../src/mysql/sql-values.ts';
import type { Reply } from '../../src/mysql/wire.ts';
import { login, socketOf, wait } from './server-harness.ts';

/** CountingEngine is the latency-only model that records the statements it runs (and may deny being constant). */
class CountingEngine implements StatementEngine {
  readonly database = 'course';
  readonly runs: string[] = [];
  private readonly inner = new LatencyOnlyEngine({ rowsPerSelect: 3, columns: 2 });
  constructor(private readonly constant: boolean) {}
  run(sql: string): StatementResult {
    this.runs.push(sql);
    return this.inner.run(sql);
  }
  check() {
    return null;
  }
  paramCount(sql: string) {
    return this.inner.paramCount(sql);
  }
  isConstant(): boolean {
    return this.constant;
  }
}

const A = 'SELECT id, c1 FROM t WHERE SLEEP(0.25) = 0';
const B = 'SELECT id, c1 FROM t WHERE SLEEP(0.5) = 0';
const U = 'UPDATE t SET c1 = 1 WHERE SLEEP(0.125) = 0';
const SCRIPT = [A, A, B, A, U, U, 'SHOW PROCESSLIST', 'SHOW PROCESSLIST'];

interface Seen { sql: string; reply: Reply; took: number; state: string; info: string | null }

function play(engine: CountingEngine, faults?: FaultPlan): Seen[] {
  const world = new World({ seed: 3 });
  const server = new MysqlServer(world, { engine, faults });
  const seen: Seen[] = [];
  world.spawn('client', function* () {
    const s = socketOf(yield* login(world, server));
    for (const sql of SCRIPT) {
      const t0 = world.now();
      const p = s.send({ kind: 'query', sql });
      const session = server.session(s.sessionId)!;
      const { state, info } = session;
      const reply = yield* wait(world, p);
      seen.push({ sql, reply, took: world.now() - t0, state, info });
    }
    s.quit();
  });
  const r = world.run();
  if (r.kind !== 'done') throw new Error(`world ended with ${r.kind}`);
  return seen;
}

function comparable(seen: Seen[]) {
  return seen.map(({ sql, reply, took, state, info }) => ({ sql, reply: sql.startsWith('SHOW') ? reply.kind : reply, took, state, info }));
}

describe('MysqlServer constant answers', () => {
  it("runs a constant engine's SELECT once per distinct text and answers repeats the same, in the same time and state", () => {
    const engine = new CountingEngine(true);
    const seen = play(engine);
    // an UPDATE may take a row lock (the server looks at each one), so it runs every time
    expect(engine.runs).toEqual([A, B, U, U]);
    expect(comparable(seen)).toEqual(comparable(play(new CountingEngine(false))));
    const rows = (r: Reply) => (r.kind === 'rows' ? r.rows : null);
    expect(rows(seen[1]!.reply)).toEqual([[1, 2], [3, 4], [5, 6]]);
    expect(seen.map((x) => x.took)).toEqual([
      250e6 + DEFAULT_LATENCY.roundTrip + 3 * DEFAULT_LATENCY.perRow,
      250e6 + DEFAULT_LATENCY.roundTrip + 3 * DEFAULT_LATENCY.perRow,
      500e6 + DEFAULT_LATENCY.roundTrip + 3 * DEFAULT_LATENCY.perRow,
      250e6 + DEFAULT_LATENCY.roundTrip + 3 * DEFAULT_LATENCY.perRow,
      125e6 + DEFAULT_LATENCY.roundTrip,
      125e6 + DEFAULT_LATENCY.roundTrip,
      seen[6]!.took,
      seen[7]!.took,
    ]);
    expect(seen.slice(0, 6).map((x) => [x.state, x.info])).toEqual(SCRIPT.slice(0, 6).map((sql) => ['User sleep', sql]));
  });

  it('runs every statement when the engine does not say its answers are constant', () => {
    const engine = new CountingEngine(false);
    play(engine);
    expect(engine.runs).toEqual([A, A, B, A, U, U]);
  });

  it('runs every statement under a fault plan, whose rules count each occurrence', () => {
    const engine = new CountingEngine(true);
    const plan = parseFaultPlan({ rules: [{ on: 'query', sql: 'SLEEP(0.5)', occurrence: 1, inject: { kind: 'error', number: 1317, sqlState: '70100', message: 'Query execution was interrupted' } }] });
    if (!plan.ok) throw new Error(plan.errors.join('; '));
    const seen = play(engine, plan.plan);
    expect(engine.runs).toEqual([A, A, A, U, U]);
    expect(seen[2]!.reply).toMatchObject({ kind: 'error', error: { number: 1317 } });
  });
});
