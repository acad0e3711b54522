/**
 * runScenario is the grader's driver loop for one scenario under one seed: it builds the scenario's
 * world, plans the calls, starts each call (or HTTP request) in its own task with its context
 * (background, deadline, or request-scoped and cancelled when the call returns), at most `concurrency`
 * at a time, lets the world settle, and records the ScenarioRun. What a call *does* is behind the
 * Invoker: the Go engine runs the learner's entry point there; tests run TypeScript programs.
 */
import { background, withCancel, withTimeout, type Context } from '../sim/context.ts';
import type { GoError } from '../sim/errors.ts';
import { Millisecond } from '../sim/time.ts';
import type { Wait } from '../sim/world.ts';
import type { SqlJs } from '../mysql/sqljs-types.ts';
import { Callback } from './callback.ts';
import { planCalls, type ArgValue, type PlannedCall, type PlannedRequest } from './call-plan.ts';
import { errorTags } from './error-tags.ts';
import type { CallRecord, ScenarioRun } from './report.ts';
import type { Scenario } from './scenario.ts';
import { buildScenarioWorld, type DatasetCache, type ScenarioWorld } from './scenario-world.ts';

/** InvokeResult is how one call or request ended, as the invoker saw it. */
export type InvokeResult =
  | { kind: 'returned'; results: string[]; err: GoError | null }
  | { kind: 'http'; status: number; body: string }
  | { kind: 'panicked'; value: string };

/** CallEnv is what the invoker gets for one call. */
export interface CallEnv {
  sw: ScenarioWorld;
  /** callbacks holds one Callback per callback argument (by argument index; for handlers, the constructor's). */
  callbacks: (Callback | undefined)[];
  /** addTask records a goroutine the learner's code started during this call. */
  addTask(id: number): void;
}

/** Invoker runs the learner's code: one call, or one request through the constructed handler. */
export interface Invoker {
  /** construct builds the handler value once per run, before the first request (handler drives only). */
  construct?(args: ArgValue[], env: CallEnv): Generator<unknown, InvokeResult | null, unknown>;
  call?(call: PlannedCall, ctx: Context, env: CallEnv): Generator<unknown, InvokeResult, unknown>;
  request?(req: PlannedRequest, ctx: Context, env: CallEnv): Generator<unknown, InvokeResult, unknown>;
  /** output is the learner's stdout and stderr so far. */
  output?(): { stdout: string; stderr: string };
}

/** RunScenarioOptions: a dataset cache shared across runs and the step budget of this run. */
export interface RunScenarioOptions {
  cache?: DatasetCache;
  maxSteps?: number;
}

function callbacksOf(args: ArgValue[]): (Callback | undefined)[] {
  return args.map((a) => (a.kind === 'callback' ? new Callback(a) : undefined));
}

/** runScenario runs one scenario under one seed and records what happened. */
export function runScenario(scenario: Scenario, seed: number, sqljs: SqlJs, invoker: Invoker, opts: RunScenarioOptions = {}): ScenarioRun {
  const sw = buildScenarioWorld(scenario, seed, sqljs, opts.cache);
  const { world } = sw;
  const plan = planCalls(scenario, seed, sw.values);
  const drive = scenario.drive;
  const calls: CallRecord[] = [];
  const extraTasks: number[] = [];
  let inFlight = 0;
  let slot: Wait<null> | undefined;
  let aborted: string | undefined;

  const items = plan.kind === 'call' ? plan.calls : plan.requests;
  world.spawn('grader: harness', function* () {
    const t0 = world.now();
    if (plan.kind === 'http') {
      const env: CallEnv = { sw, callbacks: callbacksOf(plan.construct.args), addTask: (id) => extraTasks.push(id) };
      const r = invoker.construct ? yield* invoker.construct(plan.construct.args, env) : null;
      if (r && r.kind === 'panicked') {
        aborted = `${drive.kind === 'http' ? drive.construct.func : 'constructor'} panicked: ${r.value}`;
        return;
      }
    }
    for (const item of items) {
      const at = t0 + item.startMs * Millisecond;
      if (world.now() < at) yield* world.sleep(at - world.now());
      while (inFlight >= drive.concurrency) {
        slot = world.wait<null>('grader: waiting for a call slot');
        yield* slot.park();
      }
      inFlight++;
      const rec: CallRecord = { index: item.index, label: item.label, tasks: [], startSeq: world.log.count, startT: world.now(), outcome: 'blocked', results: [], error: null };
      calls.push(rec);
      const callArgs = plan.kind === 'call' ? (item as PlannedCall).args : plan.construct.args;
      const env: CallEnv = { sw, callbacks: callbacksOf(callArgs), addTask: (id) => rec.tasks.push(id) };
      const task = world.spawn(`grader: call ${item.index}`, function* () {
        let ctx: Context = background(world);
        let cancel: (() => void) | undefined;
        if (drive.kind === 'call') {
          if (drive.context.kind === 'deadline') [ctx, cancel] = withTimeout(ctx, drive.context.ms * Millisecond);
          else if (drive.context.kind === 'request') {
            [ctx, cancel] = drive.context.timeoutMs ? withTimeout(ctx, drive.context.timeoutMs * Millisecond) : withCancel(ctx);
          }
        } else {
          [ctx, cancel] = drive.clientTimeoutMs ? withTimeout(ctx, drive.clientTimeoutMs * Millisecond) : withCancel(ctx);
        }
        const deadline = ctx.deadline();
        if (deadline !== undefined) rec.deadlineT = deadline;
        let r: InvokeResult;
        if (plan.kind === 'call') {
          if (!invoker.call) throw new Error('grader: the invoker cannot run call drives');
          r = yield* invoker.call(item as PlannedCall, ctx, env);
        } else {
          if (!invoker.request) throw new Error('grader: the invoker cannot run handler drives');
          r = yield* invoker.request(item as PlannedRequest, ctx, env);
        }
        rec.endSeq = world.log.count;
        rec.endT = world.now();
        if (r.kind === 'panicked') {
          rec.outcome = 'panicked';
          rec.panic = r.value;
        } else {
          rec.outcome = 'returned';
          if (r.kind === 'http') rec.http = { status: r.status, body: r.body };
          else {
            rec.results = r.results;
            if (r.err) {
              const tags = new Set(errorTags(r.err));
              for (const cb of env.callbacks) if (cb) for (const t of errorTags(r.err, cb.err)) tags.add(t);
              rec.error = { text: r.err.Error(), is: [...tags].sort() };
            }
          }
        }
        cancel?.();
        inFlight--;
        slot?.wake(null);
      });
      rec.tasks.unshift(task.id);
    }
  });

  const res = world.run({ maxSteps: opts.maxSteps ?? 5_000_000 });
  if (res.kind === 'error') throw res.error;
  const learner = new Set([...calls.flatMap((c) => c.tasks), ...extraTasks]);
  const out = invoker.output?.() ?? { stdout: '', stderr: '' };
  const stats = sw.db.stats();
  sw.close();
  const outcome = aborted ? 'panic' : res.kind === 'deadlock' ? 'deadlock' : res.kind === 'steps' ? 'steps' : 'ok';
  const reason =
    aborted ??
    (res.kind === 'deadlock'
      ? `fatal error: all goroutines are asleep - deadlock! (${res.blocked.length} blocked: ${res.blocked.slice(0, 3).map((b) => b.reason).join('; ')})`
      : res.kind === 'steps'
        ? `the scenario ran out of its step budget (${res.steps} steps): an infinite loop?`
        : undefined);
  return {
    scenario: scenario.name,
    seed,
    db: sw.db.id,
    outcome,
    ...(reason ? { reason } : {}),
    calls,
    tasks: world
      .tasks()
      .filter((t) => learner.has(t.id))
      .map((t) => ({ id: t.id, name: t.name, state: t.state, ...(t.waitReason ? { waitReason: t.waitReason } : {}), ...(t.site ? { site: t.site } : {}) })),
    events: [...world.log.events],
    baselineSeq: sw.baselineSeq,
    stats,
    stdout: out.stdout,
    stderr: out.stderr,
  };
}
