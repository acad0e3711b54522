/**
 * runScenario is the grader's one driver loop for a scenario under a seed: it builds the scenario's world,
 * plans the calls, starts each call (or HTTP request) in its own goroutine with its context (background,
 * deadline, or request-scoped and cancelled when the call returns), at most `concurrency` at a time, lets
 * the world settle, and records the ScenarioRun. What a call *does* is behind the Invoker: the Go engine
 * (src/grader/engine/go-engine.ts) runs the learner's entry point in the Go runtime; tests run TypeScript.
 */
import { background, withCancel, withTimeout, type Context } from '../sim/context.ts';
import type { GoError } from '../sim/errors.ts';
import { Millisecond } from '../sim/time.ts';
import type { Wait } from '../sim/world.ts';
import type { SqlJs } from '../mysql/sqljs-types.ts';
import { Callback } from './callback.ts';
import { planCalls, type ArgValue, type Plan, type PlannedCall, type PlannedRequest } from './call-plan.ts';
import { errorTags } from './error-tags.ts';
import type { CallRecord, LearnerTask, ScenarioRun } from './report.ts';
import type { Scenario } from './scenario.ts';
import { buildScenarioWorld, type DatasetCache, type ScenarioWorld } from './scenario-world.ts';

/** InvokeResult is how one call or request ended, as the invoker saw it (a Go invoker gives the error's text and tags itself). */
export type InvokeResult =
  | { kind: 'returned'; results: string[]; err: GoError | null }
  | { kind: 'returned'; results: string[]; error: CallRecord['error'] }
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

/** CallContext is a call's context: the value the invoker passes to the learner's code, the simulator's context under it, and its cancel. */
export interface CallContext<C = unknown> {
  value: C;
  sim: Context;
  cancel?: () => void;
}

/** RunEnd is why a run stopped early, in the report's words. */
export interface RunEnd {
  outcome: ScenarioRun['outcome'];
  reason: string;
}

/** LearnerGoroutine is a goroutine of the learner's runtime, with the task of the goroutine that started it. */
export interface LearnerGoroutine {
  task: number;
  parentTask?: number;
  name: string;
}

/**
 * Invoker runs the learner's code: one call, or one request through the constructed handler. `G` is the
 * invoker's goroutine handle (the Go runtime's G), `C` its context value. The optional hooks let a language
 * runtime start calls in its own goroutines, make its own context values, and say how a run ended.
 */
export interface Invoker<G = unknown, C = unknown> {
  /** spawn starts a body in a new goroutine of the learner's runtime and returns its task id (default: a plain sim task). */
  spawn?(name: string, body: (g: G) => Generator<unknown, void, unknown>): number;
  /** context makes a call's context in goroutine g (default: the simulator's contexts). */
  context?(g: G, spec: { cancel: boolean; timeoutMs?: number }): CallContext<C>;
  /** construct builds the handler value once per run, before the first request (handler drives only). */
  construct?(args: ArgValue[], env: CallEnv, g: G): Generator<unknown, InvokeResult | null, unknown>;
  call?(call: PlannedCall, ctx: C, env: CallEnv, g: G): Generator<unknown, InvokeResult, unknown>;
  request?(req: PlannedRequest, ctx: C, env: CallEnv, g: G): Generator<unknown, InvokeResult, unknown>;
  /** output is the learner's stdout and stderr so far. */
  output?(): { stdout: string; stderr: string };
  /** ended says the program stopped (os.Exit, a fatal error): the run stops there. */
  ended?(): RunEnd | undefined;
  /** crash turns an error thrown out of the world into the run's end, or returns undefined to rethrow it. */
  crash?(e: unknown): RunEnd | undefined;
  /** deadlock describes a run where every goroutine is blocked before the calls returned. */
  deadlock?(): string;
  /** goroutines lists the learner runtime's goroutines after the run (to attribute those started by calls). */
  goroutines?(): LearnerGoroutine[];
}

/** RunScenarioOptions: a dataset cache shared across runs, the world's step budget, and how long the world settles after the last call. */
export interface RunScenarioOptions {
  cache?: DatasetCache;
  maxSteps?: number;
  /** settleMs is the virtual time the world runs after the last call returned (context-driven releases land in the log); absent: until nothing is left to run. */
  settleMs?: number;
  /** plan reuses an already computed plan of this scenario and seed (plans are deterministic). */
  plan?: (sw: ScenarioWorld) => Plan;
}

function callbacksOf(args: ArgValue[]): (Callback | undefined)[] {
  return args.map((a) => (a.kind === 'callback' ? new Callback(a) : undefined));
}

/** runScenario runs one scenario under one seed and records what happened; the invoker may be built from the scenario's world. */
export function runScenario<G, C>(scenario: Scenario, seed: number, sqljs: SqlJs, makeInvoker: Invoker<G, C> | ((sw: ScenarioWorld) => Invoker<G, C>), opts: RunScenarioOptions = {}): ScenarioRun {
  const sw = buildScenarioWorld(scenario, seed, sqljs, opts.cache);
  try {
    return runIn(sw, scenario, seed, typeof makeInvoker === 'function' ? makeInvoker(sw) : makeInvoker, opts);
  } finally {
    sw.close();
  }
}

function runIn<G, C>(sw: ScenarioWorld, scenario: Scenario, seed: number, invoker: Invoker<G, C>, opts: RunScenarioOptions): ScenarioRun {
  const { world } = sw;
  const plan = opts.plan ? opts.plan(sw) : planCalls(scenario, seed, sw.values);
  const drive = scenario.drive;
  const calls: CallRecord[] = [];
  const roots = new Map<number, number>(); // a call's own task -> call index
  const extra = new Map<number, number>(); // tasks a call reported through env.addTask -> call index
  const loose = new Set<number>(); // learner tasks outside every call (reported while constructing the handler)
  let inFlight = 0;
  let done = 0;
  let slot: Wait<null> | undefined;
  let aborted: string | undefined;
  const spawn = (name: string, body: (g: G) => Generator<unknown, void, unknown>): number =>
    invoker.spawn ? invoker.spawn(name, body) : world.spawn(name, () => body(undefined as G)).id;
  const makeContext = (g: G, spec: { cancel: boolean; timeoutMs?: number }): CallContext<C> => {
    if (invoker.context) return invoker.context(g, spec);
    const bg = background(world);
    if (!spec.cancel) return { value: bg as C, sim: bg };
    const [ctx, cancel] = spec.timeoutMs !== undefined ? withTimeout(bg, spec.timeoutMs * Millisecond) : withCancel(bg);
    return { value: ctx as C, sim: ctx, cancel };
  };
  const items = plan.kind === 'call' ? plan.calls : plan.requests;
  const total = items.length;

  world.spawn('grader: harness', function* () {
    const t0 = world.now();
    if (plan.kind === 'http') {
      const env: CallEnv = { sw, callbacks: callbacksOf(plan.construct.args), addTask: (id) => loose.add(id) };
      let r: InvokeResult | null = null;
      let built = false;
      const ready = world.wait<null>('grader: constructing the handler');
      spawn('grader: construct', function* (g) {
        r = invoker.construct ? yield* invoker.construct(plan.construct.args, env, g) : null;
        built = true;
        ready.wake(null);
      });
      if (!built) yield* ready.park();
      const res = r as InvokeResult | null;
      if (res && res.kind === 'panicked') {
        aborted = `${drive.kind === 'http' ? drive.construct.func : 'constructor'} panicked: ${res.value}`;
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
      const env: CallEnv = { sw, callbacks: callbacksOf(callArgs), addTask: (id) => { if (!rec.tasks.includes(id)) rec.tasks.push(id); extra.set(id, item.index); } };
      const task = spawn(`grader: call ${item.index}`, function* (g) {
        let spec: { cancel: boolean; timeoutMs?: number };
        if (drive.kind === 'call') {
          const c = drive.context;
          spec = c.kind === 'background' ? { cancel: false } : c.kind === 'deadline' ? { cancel: true, timeoutMs: c.ms } : { cancel: true, ...(c.timeoutMs !== undefined ? { timeoutMs: c.timeoutMs } : {}) };
        } else spec = { cancel: true, ...(drive.clientTimeoutMs !== undefined ? { timeoutMs: drive.clientTimeoutMs } : {}) };
        const ctx = makeContext(g, spec);
        const deadline = ctx.sim.deadline();
        if (deadline !== undefined) rec.deadlineT = deadline;
        let r: InvokeResult;
        if (plan.kind === 'call') {
          if (!invoker.call) throw new Error('grader: the invoker cannot run call drives');
          r = yield* invoker.call(item as PlannedCall, ctx.value, env, g);
        } else {
          if (!invoker.request) throw new Error('grader: the invoker cannot run handler drives');
          r = yield* invoker.request(item as PlannedRequest, ctx.value, env, g);
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
            if ('error' in r) rec.error = r.error;
            else if (r.err) {
              const tags = new Set(errorTags(r.err));
              for (const cb of env.callbacks) if (cb) for (const t of errorTags(r.err, cb.err)) tags.add(t);
              rec.error = { text: r.err.Error(), is: [...tags].sort() };
            }
          }
        }
        done++;
        ctx.cancel?.();
        inFlight--;
        slot?.wake(null);
      });
      rec.tasks.unshift(task);
      roots.set(task, item.index);
    }
  });

  // Run until every call returned (or the program ended), then let the world settle.
  let end: RunEnd | undefined;
  let deadlock: string | undefined;
  const maxSteps = opts.maxSteps;
  const step = (until: () => boolean): void => {
    let r;
    try {
      r = world.run({ ...(maxSteps !== undefined ? { maxSteps } : {}), until: () => until() || invoker.ended?.() !== undefined || aborted !== undefined });
    } catch (e) {
      end = invoker.crash?.(e);
      if (!end) throw e;
      return;
    }
    if (r.kind === 'error') {
      end = invoker.crash?.(r.error);
      if (!end) throw r.error;
    } else if (r.kind === 'steps') end = { outcome: 'steps', reason: `the scenario ran out of its step budget (${r.steps} steps): an infinite loop?` };
    else if (r.kind === 'deadlock' && done < total && !aborted) {
      deadlock = invoker.deadlock?.() ?? `fatal error: all goroutines are asleep - deadlock! (${r.blocked.length} blocked: ${r.blocked.slice(0, 3).map((b) => b.reason).join('; ')})`;
    }
  };
  step(() => done >= total);
  end ??= invoker.ended?.();
  if (!end && deadlock === undefined && !aborted) {
    if (opts.settleMs !== undefined) {
      const until = world.now() + opts.settleMs * Millisecond;
      step(() => world.now() >= until);
    } else step(() => false);
    end ??= invoker.ended?.();
  }

  // The learner's goroutines: each call's own, those it reported, and every goroutine started from them.
  const callOf = new Map<number, number>([...roots, ...extra]);
  const tasks: LearnerTask[] = [];
  const names = new Map<number, string>();
  if (invoker.goroutines) {
    const gs = invoker.goroutines();
    const parent = new Map(gs.map((x) => [x.task, x.parentTask]));
    for (const x of gs) names.set(x.task, x.name);
    const attribute = (t: number): number | undefined => {
      const path: number[] = [];
      let found: number | undefined;
      for (let cur: number | undefined = t; cur !== undefined; cur = parent.get(cur)) {
        found = callOf.get(cur);
        if (found !== undefined) break;
        path.push(cur);
      }
      if (found !== undefined) for (const p of path) callOf.set(p, found);
      return found;
    };
    const byIndex = new Map(calls.map((c) => [c.index, c]));
    for (const x of gs) {
      const ci = attribute(x.task);
      if (ci === undefined) continue;
      const c = byIndex.get(ci);
      if (c && !c.tasks.includes(x.task)) c.tasks.push(x.task);
    }
  }
  for (const t of world.tasks()) {
    if (!callOf.has(t.id) && !loose.has(t.id)) continue;
    tasks.push({ id: t.id, name: names.get(t.id) ?? t.name, state: t.state as LearnerTask['state'], ...(t.waitReason ? { waitReason: t.waitReason } : {}), ...(t.site ? { site: t.site } : {}) });
  }
  if (end) for (const c of calls) if (c.outcome === 'blocked') c.outcome = 'aborted';
  calls.sort((a, b) => a.index - b.index);
  const outcome: ScenarioRun['outcome'] = aborted ? 'panic' : end ? end.outcome : deadlock !== undefined ? 'deadlock' : 'ok';
  const reason = aborted ?? end?.reason ?? deadlock;
  const out = invoker.output?.() ?? { stdout: '', stderr: '' };
  return {
    scenario: scenario.name,
    seed,
    db: sw.db.id,
    outcome,
    ...(reason !== undefined ? { reason } : {}),
    calls,
    tasks,
    events: [...world.log.events],
    baselineSeq: sw.baselineSeq,
    stats: { ...sw.db.stats() },
    stdout: out.stdout,
    stderr: out.stderr,
  };
}
