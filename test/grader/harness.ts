// A TypeScript stand-in for the grader's Go engine: it drives src/pool (through the go-sql-driver/mysql
// model and the simulated server) with "programs" written as TypeScript tasks, and records a ScenarioRun
// exactly as the engine will, so the grader's checks can be tested on real event logs.
import { World, type Wait } from '../../src/sim/world.ts';
import { background, withCancel, withTimeout, type Context } from '../../src/sim/context.ts';
import type { GoError } from '../../src/sim/errors.ts';
import { Millisecond } from '../../src/sim/time.ts';
import type { Site } from '../../src/sim/site.ts';
import { MysqlServer } from '../../src/mysql/server.ts';
import { SqlEngine } from '../../src/mysql/sql-engine.ts';
import { seedCourseDatabase } from '../../src/mysql/seed-data.ts';
import { parseFaultPlan, type FaultPlanInput } from '../../src/mysql/fault-plan.ts';
import { MysqlDriver } from '../../src/pool/mysqldriver/mysql-driver.ts';
import { Registry } from '../../src/pool/registry.ts';
import type { DB } from '../../src/pool/db.ts';
import { errorTags } from '../../src/grader/error-tags.ts';
import type { CallRecord, ScenarioRun } from '../../src/grader/report.ts';
import { loadSqlJs } from '../mysql/load-sqljs.ts';

/** CallOut is what a program's call returns: its formatted results and its error. */
export interface CallOut {
  results: string[];
  err: GoError | null;
}

/** Panic is how a TypeScript program panics (the harness recovers it per call, as net/http does). */
export class Panic extends Error {}

/** Program is one entry point written in TypeScript. */
export type Program = (ctx: Context, db: DB, call: number, world: World) => Generator<unknown, CallOut, unknown>;

/** TsScenario configures a run of a Program. */
export interface TsScenario {
  name: string;
  seed: number;
  calls: number;
  concurrency?: number;
  spacingMs?: number;
  context: 'background' | 'request' | { deadlineMs: number };
  maxOpen?: number;
  faults?: FaultPlanInput;
  variables?: Record<string, number>;
}

/** site builds a learner source position in main.go. */
export const site = (line: number, col = 2): Site => ({ file: 'main.go', line, col });

/** runTs runs a Program under a scenario and records the ScenarioRun the engine would. */
export async function runTs(program: Program, sc: TsScenario): Promise<ScenarioRun> {
  const world = new World({ seed: sc.seed, shuffle: true });
  const engine = SqlEngine.create(await loadSqlJs());
  seedCourseDatabase(engine, world.rng.fork('seed-data'));
  let faults;
  if (sc.faults) {
    const p = parseFaultPlan(sc.faults);
    if (!p.ok) throw new Error(p.errors.join('\n'));
    faults = p.plan;
  }
  const server = new MysqlServer(world, { engine, faults, variables: sc.variables });
  const reg = new Registry();
  reg.register('mysql', new MysqlDriver(world, new Map([[server.address, server]])));
  const [db, err] = reg.open(world, 'mysql', 'app:pw@tcp(127.0.0.1:3306)/course');
  if (err) throw new Error(err.Error());
  if (sc.maxOpen) db!.setMaxOpenConns(sc.maxOpen);
  const baselineSeq = world.log.count;
  const calls: CallRecord[] = [];
  const conc = sc.concurrency ?? 1;
  let inFlight = 0;
  let slot: Wait<null> | undefined;
  world.spawn('harness', function* () {
    for (let i = 0; i < sc.calls; i++) {
      if (i > 0 && sc.spacingMs) yield* world.sleep(sc.spacingMs * Millisecond);
      while (inFlight >= conc) {
        slot = world.wait<null>('harness: call slot');
        yield* slot.park();
      }
      inFlight++;
      const rec: CallRecord = { index: i, label: `Entry(call ${i})`, tasks: [], startSeq: world.log.count, startT: world.now(), outcome: 'blocked', results: [], error: null };
      calls.push(rec);
      const task = world.spawn(`call${i}`, function* () {
        let ctx: Context = background(world);
        let cancel: (() => void) | undefined;
        if (sc.context === 'request') [ctx, cancel] = withCancel(ctx);
        else if (typeof sc.context === 'object') {
          [ctx, cancel] = withTimeout(ctx, sc.context.deadlineMs * Millisecond);
          rec.deadlineT = ctx.deadline();
        }
        try {
          const out = yield* program(ctx, db!, i, world);
          rec.outcome = 'returned';
          rec.results = out.results;
          rec.error = out.err ? { text: out.err.Error(), is: errorTags(out.err) } : null;
        } catch (e) {
          if (!(e instanceof Panic)) throw e;
          rec.outcome = 'panicked';
          rec.panic = e.message;
        }
        rec.endSeq = world.log.count;
        rec.endT = world.now();
        cancel?.();
        inFlight--;
        slot?.wake(null);
      });
      rec.tasks.push(task.id);
    }
  });
  const r = world.run({ maxSteps: 5_000_000 });
  if (r.kind === 'error') throw r.error;
  const learner = new Set(calls.flatMap((c) => c.tasks));
  return {
    scenario: sc.name,
    seed: sc.seed,
    db: db!.id,
    outcome: r.kind === 'deadlock' ? 'deadlock' : 'ok',
    ...(r.kind === 'deadlock' ? { reason: 'fatal error: all goroutines are asleep - deadlock!' } : {}),
    calls,
    tasks: world
      .tasks()
      .filter((t) => learner.has(t.id))
      .map((t) => ({ id: t.id, name: t.name, state: t.state, ...(t.waitReason ? { waitReason: t.waitReason } : {}), ...(t.site ? { site: t.site } : {}) })),
    events: [...world.log.events],
    baselineSeq,
    stats: db!.stats(),
    stdout: '',
    stderr: '',
  };
}
