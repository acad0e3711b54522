/**
 * createGoEngine is the grader's ScenarioEngine on the Go runtime: per scenario run a fresh world, server
 * and harness pool (buildScenarioWorld), the learner's program compiled with the harness shim, the entry
 * point called in goroutines as the scenario's drive says (contexts, callbacks, HTTP requests with panics
 * recovered per request), one step budget per run, and the ScenarioRun the checks read.
 */
import * as sc from '../../sim/context.ts';
import { newError } from '../../sim/errors.ts';
import { Millisecond, Second } from '../../sim/time.ts';
import type { Wait } from '../../sim/world.ts';
import type { SqlJs } from '../../mysql/sqljs-types.ts';
import type { MysqlServer } from '../../mysql/server.ts';
import { compile, type Program } from '../../go/index.ts';
import { Runtime } from '../../go/runtime/runtime.ts';
import { H } from '../../go/runtime/helpers.ts';
import { basic } from '../../go/runtime/rtype.ts';
import { GoPanic, FatalError, ProgramExit } from '../../go/runtime/panic.ts';
import { formatPanicValue } from '../../go/runtime/panic-print.ts';
import { toArray, type Slice } from '../../go/runtime/slice.ts';
import { fromByteString, toByteString } from '../../go/std/format/utf8.ts';
import { installStd } from '../../go/std/index.ts';
import { setSqlEnv } from '../../go/std/sql/index.ts';
import { ownershipLines } from '../../go/std/sql/ownership.ts';
import { newRecorder, newRequest } from '../../go/std/sql/http.ts';
import type { G } from '../../go/runtime/goroutine.ts';
import type { CompileOutcome, ScenarioEngine } from '../grade.ts';
import type { Exercise } from '../loader.ts';
import type { CallRecord, LearnerTask, ScenarioRun } from '../report.ts';
import type { Scenario } from '../scenario.ts';
import { DatasetCache, buildScenarioWorld, type ScenarioWorld } from '../scenario-world.ts';
import { planCalls, type ArgValue } from '../call-plan.ts';
import { parseSignature, type GoSignature } from '../go-signature.ts';
import { CALL_FUNC, ROUTE_PREFIX, SHIM_FILE, callShim, httpShim } from './shim.ts';
import { goErrorTags, goErrorText } from './error-tags.ts';

/** EngineProgram is a learner submission that compiles (the harness shim is added per exercise and drive). */
export interface EngineProgram { source: string; withShim: Map<string, Program> }

/** EngineOptions bounds each scenario run. */
export interface EngineOptions { maxSteps?: number; maxOutputBytes?: number; settleMs?: number }

class AnyAddress extends Map<string, MysqlServer> {
  constructor(private readonly server: MysqlServer) { super(); }
  override get(): MysqlServer { return this.server; }
  override has(): boolean { return true; }
}

function callbackSig(type: string): GoSignature | undefined {
  const r = parseSignature(`func cb${type.trim().slice(4)}`);
  return r.ok ? r.sig : undefined;
}

function zeroOf(type: string): unknown {
  if (type === 'bool') return false;
  if (type === 'string') return '';
  if (/^(u?int(8|16|32|64)?|float(32|64)|byte|rune)$/.test(type)) return 0;
  return null;
}

function scalarGo(v: string | number | boolean, type: string | undefined): unknown {
  if (typeof v === 'string') return sourceBytes(v);
  if (typeof v === 'number' && type && /^u?int/.test(type)) return Math.trunc(v);
  return v;
}
const sourceBytes = toByteString;

/** createGoEngine builds the engine over a loaded sql.js (the host loads it: the core has no file access). */
export function createGoEngine(sqljs: SqlJs, opts: EngineOptions = {}): ScenarioEngine<EngineProgram> {
  const cache = new DatasetCache();
  const maxSteps = opts.maxSteps ?? 20_000_000;
  const maxOutputBytes = opts.maxOutputBytes ?? 64 * 1024;
  const settle = (opts.settleMs ?? 5000) * Millisecond;

  function programFor(p: EngineProgram, exercise: Exercise, scenario: Scenario): Program {
    const d = scenario.drive;
    const key = `${exercise.slug}:${d.kind === 'call' ? d.entry : `${d.construct.func}:${d.routes.map((r) => r.handler ?? '').join(',')}`}`;
    const hit = p.withShim.get(key);
    if (hit) return hit;
    let shim: string;
    if (d.kind === 'call') {
      const entry = exercise.entries.find((e) => !e.receiver && e.name === d.entry);
      if (!entry) throw new Error(`grader: ${exercise.slug} has no entry ${d.entry}`);
      shim = callShim(entry);
    } else {
      const ctor = exercise.entries.find((e) => !e.receiver && e.name === d.construct.func);
      if (!ctor) throw new Error(`grader: ${exercise.slug} has no constructor ${d.construct.func}`);
      shim = httpShim(ctor, d);
    }
    const c = compile([{ name: 'main.go', text: p.source }, { name: SHIM_FILE, text: shim }]);
    if (!c.ok) throw new Error(`grader: the harness shim does not compile for ${exercise.slug}: ${c.diagnostics.map((x) => `${x.file}:${x.line}:${x.col}: ${x.message}`).join('; ')}`);
    p.withShim.set(key, c.program);
    return c.program;
  }

  function run(p: EngineProgram, exercise: Exercise, scenario: Scenario, seed: number): ScenarioRun {
    const program = programFor(p, exercise, scenario);
    const sw = buildScenarioWorld(scenario, seed, sqljs, cache);
    try {
      return runIn(sw, program, p, exercise, scenario, seed);
    } finally {
      sw.close();
    }
  }

  function runIn(sw: ScenarioWorld, program: Program, p: EngineProgram, exercise: Exercise, scenario: Scenario, seed: number): ScenarioRun {
    const world = sw.world;
    const env = { network: new AnyAddress(sw.server), sources: [{ name: 'main.go', text: p.source }], opened: [] };
    setSqlEnv(world, env);
    const rt = new Runtime(world, { maxSteps, maxOutputBytes });
    installStd(rt);
    const inst = program.factory(rt, H, basic);
    const plan = planCalls(scenario, seed, sw.values);
    const d = scenario.drive;
    const calls: CallRecord[] = [];
    const callG = new Map<number, G>();
    let done = 0;
    let total = 0;
    let crash: { outcome: ScenarioRun['outcome']; reason: string } | null = null;

    const ctxFuncs = () => rt.pkgs.context.funcs;
    const bgCtx = (g: G) => ctxFuncs().Background(g);
    const makeCtx = (g: G, kind: 'background' | 'deadline' | 'request', ms?: number): { ctx: any; cancel: () => void } => {
      const bg = bgCtx(g);
      if (kind === 'background') return { ctx: bg, cancel: () => {} };
      const [ctx, cancelGen] = ms !== undefined ? ctxFuncs().WithTimeout(g, bg, ms * Millisecond) : ctxFuncs().WithCancel(g, bg);
      return { ctx, cancel: () => { const it = cancelGen(g); while (!it.next().done); } };
    };

    const argFor = (a: ArgValue, type: string | undefined, g: G, ctx: unknown, cbErr: unknown): unknown => {
      switch (a.kind) {
        case 'context': return ctx;
        case 'db': return sw.db;
        case 'value': return scalarGo(a.value, type);
        case 'list': {
          const et = type?.startsWith('[]') ? type.slice(2) : undefined;
          return H.fromArray(a.values.map((v) => scalarGo(v, et)));
        }
        case 'callback': {
          const sig = type ? callbackSig(type) : undefined;
          const results = sig?.results.map((r) => r.type) ?? [];
          let n = 0;
          return function* (_g: G, ...args: unknown[]) {
            n++;
            if (a.panicOnItem === n) rt.panic({ t: basic.string, v: sourceBytes(a.message) });
            const out = results.map((t) => zeroOf(t));
            if (a.returns === 'echo' && results.length > 0 && results[0] !== 'error' && args.length > 0) out[0] = args[0];
            if (a.trueFor !== undefined && results[0] === 'bool') out[0] = args[0] === scalarGo(a.trueFor, sig?.params[0]?.type);
            if (a.failOnItem === n) { const i = results.lastIndexOf('error'); if (i >= 0) out[i] = cbErr; }
            return out.length === 1 ? out[0] : out.length === 0 ? undefined : out;
          };
        }
      }
    };

    const record = (index: number, label: string, g: G, deadline: number | undefined): CallRecord => {
      const c: CallRecord = { index, label, tasks: [g.task.id], startSeq: world.log.count, startT: world.now(), ...(deadline !== undefined ? { deadlineT: deadline } : {}), outcome: 'blocked', results: [], error: null };
      calls.push(c);
      callG.set(index, g);
      return c;
    };
    const finishCall = (c: CallRecord): void => { c.endSeq = world.log.count; c.endT = world.now(); done++; };
    const panicText = (g: G, e: GoPanic): string => formatPanicValue(g, e.value);
    const rethrowFatal = (e: unknown): never => { throw e; };

    // The starters: one Go goroutine per call, launched by a host dispatcher honouring spacing and concurrency.
    const starters: { startMs: number; start: () => void }[] = [];
    if (plan.kind === 'call' && d.kind === 'call') {
      const entry = exercise.entries.find((e) => !e.receiver && e.name === d.entry)!;
      const fn = inst.funcs[CALL_FUNC]!;
      total = plan.calls.length;
      for (const pc of plan.calls) {
        starters.push({
          startMs: pc.startMs,
          start: () => {
            rt.go(null, function* (g: G) {
              const kind = d.context.kind;
              const ms = d.context.kind === 'deadline' ? d.context.ms : d.context.kind === 'request' ? d.context.timeoutMs : undefined;
              const { ctx, cancel } = makeCtx(g, kind, ms);
              const cbMsg = (pc.args.find((a) => a.kind === 'callback') as { message?: string } | undefined)?.message ?? 'bad data';
              const cbErr = rt.pkgs.errors.funcs.New(g, sourceBytes(cbMsg));
              const args = pc.args.map((a, i) => argFor(a, entry.params[i]?.type, g, ctx, cbErr));
              const sctx = ctx?.v as sc.Context | undefined;
              const c = record(pc.index, pc.label, g, sctx?.deadline());
              try {
                const [res, err] = (yield* fn(g, ...args)) as [Slice | null, any];
                c.outcome = 'returned';
                c.results = (toArray(res) as string[]).map((s) => fromByteString(s));
                c.error = err === null ? null : { text: fromByteString(goErrorText(g, err)), is: goErrorTags(g, err, cbErr) };
              } catch (e) {
                if (!(e instanceof GoPanic)) rethrowFatal(e);
                c.outcome = 'panicked';
                c.panic = panicText(g, e as GoPanic);
                rt.write(2, sourceBytes(`panic: ${c.panic} [recovered by the harness]\n`));
              }
              finishCall(c);
              if (kind !== 'background') cancel();
            }, [], null, undefined, 'main');
          },
        });
      }
    } else if (plan.kind === 'http' && d.kind === 'http') {
      const ctor = exercise.entries.find((e) => !e.receiver && e.name === d.construct.func)!;
      total = plan.requests.length;
      let handlers: ((g: G, w: unknown, r: unknown) => Generator<unknown, unknown, unknown>)[] | null = null;
      let ready: Wait<void>[] | null = [];
      rt.go(null, function* (g: G) {
        const args = plan.construct.args.map((a, i) => argFor(a, ctor.params[i]?.type, g, bgCtx(g), null));
        const made = yield* inst.funcs[d.construct.func]!(g, ...args);
        handlers = [];
        for (let i = 0; i < d.routes.length; i++) handlers.push((yield* inst.funcs[`${ROUTE_PREFIX}${i}`]!(g, made)) as any);
        const w = ready!; ready = null;
        for (const x of w) x.wake();
      }, [], null, undefined, 'main');
      for (const pr of plan.requests) {
        starters.push({
          startMs: pr.startMs,
          start: () => {
            rt.go(null, function* (g: G) {
              if (!handlers) { const x = world.wait<void>('harness: constructing'); ready!.push(x); yield* x.park(); }
              const route = d.routes.findIndex((r) => r.path === pr.path && (r.handler ?? undefined) === pr.handler && r.method === pr.method);
              const { ctx, cancel } = makeCtx(g, 'request', d.clientTimeoutMs);
              const { w, rec } = newRecorder();
              const req = newRequest(pr.method, pr.target, ctx);
              const c = record(pr.index, pr.label, g, (ctx.v as sc.Context).deadline());
              try {
                yield* handlers![route < 0 ? 0 : route]!(g, w, req);
                c.outcome = 'returned';
                c.http = { status: rec.status, body: fromByteString(rec.body) };
              } catch (e) {
                if (!(e instanceof GoPanic)) rethrowFatal(e);
                c.outcome = 'panicked';
                c.panic = panicText(g, e as GoPanic);
                rt.write(2, sourceBytes(`http: panic serving 192.0.2.10:${40000 + pr.index}: ${c.panic}\n`));
              }
              finishCall(c);
              cancel();
            }, [], null, undefined, 'main');
          },
        });
      }
    }

    const concurrency = d.concurrency;
    let inFlight = 0;
    let slot: Wait<void> | null = null;
    const t0 = world.now();
    world.spawn('harness', function* () {
      for (const s of starters) {
        const at = t0 + s.startMs * Millisecond;
        if (at > world.now()) yield* world.sleep(at - world.now(), 'harness: spacing');
        while (inFlight >= concurrency) { slot = world.wait<void>('harness: concurrency'); yield* slot.park(); }
        inFlight++;
        const before = done;
        s.start();
        void before;
      }
    });
    // a finished call frees a slot
    let seen = 0;
    const freeSlots = () => { while (seen < done) { seen++; inFlight--; if (slot) { const x = slot; slot = null; x.wake(); } } };

    let deadlockReason: string | null = null;
    const step = (until: () => boolean): void => {
      for (;;) {
        let r;
        try {
          r = world.run({ until: () => { freeSlots(); return until() || rt.exited !== null; } });
        } catch (e) {
          crash = crashOf(e);
          return;
        }
        if (r.kind === 'error') { crash = crashOf(r.error); return; }
        if (r.kind === 'deadlock') {
          freeSlots();
          if (until() || rt.exited) return;
          deadlockReason = ['all goroutines are asleep', ...ownershipLines(world, [sw.db, ...env.opened])].join('\n');
          return;
        }
        return;
      }
    };
    const crashOf = (e: unknown): { outcome: ScenarioRun['outcome']; reason: string } => {
      if (e instanceof FatalError) return { outcome: e.outcome === 'steps' ? 'steps' : e.outcome === 'output' ? 'output' : 'panic', reason: e.message };
      if (e instanceof ProgramExit) return { outcome: 'exit', reason: `the program exited with status ${e.code} (log.Fatal or os.Exit): the server would stop` };
      if (e instanceof GoPanic) return { outcome: 'panic', reason: `panic: ${formatPanicValue(null, e.value)}` };
      throw e;
    };
    step(() => done >= total);
    if (!crash && rt.exited) {
      const ex = rt.exited as { code: number; outcome: string };
      crash = ex.outcome === 'exit' ? { outcome: 'exit', reason: `the program exited with status ${ex.code} (log.Fatal or os.Exit): the server would stop` }
        : ex.outcome === 'steps' ? { outcome: 'steps', reason: 'the step budget ran out (an infinite loop?)' }
        : ex.outcome === 'output' ? { outcome: 'output', reason: `the program printed more than ${maxOutputBytes} bytes` }
        : { outcome: 'panic', reason: fromByteString(rt.stderrText()).split('\n')[0] ?? 'panic' };
    }
    if (!crash && deadlockReason === null) {
      const end = world.now() + settle;
      step(() => world.now() >= end);
    }
    // goroutines: each call's own and every goroutine started from it
    const byId = new Map(rt.gs.map((g) => [g.id, g]));
    const callOf = (g: G): number | undefined => {
      for (let x: G | undefined = g; x; x = byId.get(x.createdIn)) for (const [i, cg] of callG) if (cg === x) return i;
      return undefined;
    };
    const tasks: LearnerTask[] = [];
    for (const g of rt.gs) {
      if (!g.task) continue;
      const ci = callOf(g);
      if (ci === undefined) continue;
      const c = calls.find((x) => x.index === ci)!;
      if (!c.tasks.includes(g.task.id)) c.tasks.push(g.task.id);
      const t = g.task;
      tasks.push({ id: t.id, name: `goroutine ${g.id}`, state: t.state as LearnerTask['state'], ...(t.waitReason ? { waitReason: t.waitReason } : {}) });
    }
    for (const c of calls) if (c.outcome === 'blocked' && (crash || deadlockReason)) c.outcome = crash ? 'aborted' : 'blocked';
    const outcome: ScenarioRun['outcome'] = crash ? (crash as { outcome: ScenarioRun['outcome'] }).outcome : deadlockReason ? 'deadlock' : 'ok';
    const reason = crash ? (crash as { reason: string }).reason : deadlockReason ?? undefined;
    calls.sort((a, b) => a.index - b.index);
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
      stdout: rt.stdoutText(),
      stderr: rt.stderrText(),
    };
  }

  // Compiled programs by source (the reference solution is compiled once per engine, not per grade).
  const compiled = new Map<string, CompileOutcome<EngineProgram>>();
  return {
    compile(files): CompileOutcome<EngineProgram> {
      const key = JSON.stringify(files);
      const hit = compiled.get(key);
      if (hit) return hit;
      const c = compile(files);
      const out: CompileOutcome<EngineProgram> = c.ok
        ? { ok: true, program: { source: files.find((f) => f.name === 'main.go')?.text ?? files[0]!.text, withShim: new Map() } }
        : { ok: false, diagnostics: c.diagnostics };
      if (compiled.size >= 64) compiled.delete(compiled.keys().next().value!);
      compiled.set(key, out);
      return out;
    },
    run,
  };
}

void sc; void newError; void Second;
