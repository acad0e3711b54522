/**
 * createGoEngine is the grader's ScenarioEngine on the Go runtime: the learner's program compiled with the
 * harness shim, and an Invoker of the grader's one driver loop (runScenario) that runs the entry point in
 * goroutines of a fresh Go runtime per run (Go context values, callbacks, HTTP requests with panics
 * recovered per request as net/http does), with one step budget per run and Go's own ways of ending.
 */
import type * as sc from '../../sim/context.ts';
import { Millisecond } from '../../sim/time.ts';
import type { DB } from '../../pool/db.ts';
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
import { setSqlEnv, type SqlEnv } from '../../go/std/sql/env.ts';
import type { Site } from '../../sim/site.ts';
import { ownershipLines } from '../../go/std/sql/ownership.ts';
import { newRecorder, newRequest } from '../../go/std/sql/http.ts';
import type { G } from '../../go/runtime/goroutine.ts';
import type { Iface } from '../../go/runtime/rtype.ts';
import type { CompileOutcome, ScenarioEngine } from '../grade.ts';
import type { Exercise } from '../loader.ts';
import type { ScenarioRun } from '../report.ts';
import type { Scenario } from '../scenario.ts';
import { DatasetCache, type ScenarioWorld } from '../scenario-world.ts';
import { planCalls, type ArgValue, type Plan } from '../call-plan.ts';
import { runScenario, type InvokeResult, type Invoker } from '../run-scenario.ts';
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

/** OpenCall is a learner's sql.Open call: where, and the event seq and task it happened at. */
interface OpenCall { site: Site; seq: number; task: number | undefined }

/** withOpenSites gives each db.open event the site of the sql.Open call that made it (the pool's event has none). */
function withOpenSites(events: ScenarioRun['events'], opens: OpenCall[]): ScenarioRun['events'] {
  return events.map((e) => {
    if (e.kind !== 'db.open' || e.site) return e;
    let best: OpenCall | undefined;
    for (const o of opens) if (o.seq <= e.seq && o.task === e.task) best = o;
    return best ? { ...e, site: best.site } : e;
  });
}

const callbackSigs = new Map<string, GoSignature | undefined>();
function callbackSig(type: string): GoSignature | undefined {
  if (callbackSigs.has(type)) return callbackSigs.get(type);
  const r = parseSignature(`func cb${type.trim().slice(4)}`);
  const sig = r.ok ? r.sig : undefined;
  if (callbackSigs.size < 256) callbackSigs.set(type, sig);
  return sig;
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

/**
 * ENGINE_STD lists the standard-library packages the engine needs besides the learner's imports: its host code
 * reads context and errors from a run's package table, and the harness shims import fmt and the packages of the
 * entry points' parameter types. A browser host loads them (with `prepare`) before grading.
 */
export const ENGINE_STD: readonly string[] = ['fmt', 'context', 'errors', 'time', 'database/sql', 'net/http'];

/** createGoEngine builds the engine over a loaded sql.js (the host loads it: the core has no file access). */
export function createGoEngine(sqljs: SqlJs, opts: EngineOptions = {}): ScenarioEngine<EngineProgram> {
  const cache = new DatasetCache();
  const maxSteps = opts.maxSteps ?? 20_000_000;
  const maxOutputBytes = opts.maxOutputBytes ?? 64 * 1024;
  const settleMs = opts.settleMs ?? 5000;

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
    const opens: OpenCall[] = [];
    const run = runScenario(scenario, seed, sqljs, (sw) => goInvoker(sw, program, p, exercise, scenario, opens), { cache, settleMs, plan: (sw) => planOf(scenario, seed, sw) });
    return opens.length > 0 ? { ...run, events: withOpenSites(run.events, opens) } : run;
  }

  // Plans are deterministic for a scenario, seed and dataset: computed once per (scenario, seed).
  const plans = new WeakMap<Scenario, Map<number, Plan>>();
  function planOf(scenario: Scenario, seed: number, sw: ScenarioWorld): Plan {
    let m = plans.get(scenario);
    if (!m) plans.set(scenario, (m = new Map()));
    let plan = m.get(seed);
    if (!plan) m.set(seed, (plan = planCalls(scenario, seed, sw.values)));
    return plan;
  }

  /** goInvoker runs the entry point (or the handlers) of a compiled program in goroutines of a fresh Go runtime on the scenario's world. */
  function goInvoker(sw: ScenarioWorld, program: Program, p: EngineProgram, exercise: Exercise, scenario: Scenario, opens: OpenCall[]): Invoker<G, Iface> {
    const world = sw.world;
    const env: SqlEnv = {
      network: new AnyAddress(sw.server),
      sources: [{ name: 'main.go', text: p.source }],
      opened: [] as DB[],
      // Not a ban (the checks judge it): the sites of the learner's sql.Open calls, for the db.open events.
      forbid: (what, site) => { if (what === 'sql.Open') opens.push({ site, seq: world.log.count, task: world.current()?.id }); },
    };
    setSqlEnv(world, env);
    const rt = new Runtime(world, { maxSteps, maxOutputBytes });
    installStd(rt);
    const inst = program.factory(rt, H, basic);
    const d = scenario.drive;
    const ctxFuncs = rt.pkgs.context.funcs;

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
    const panicked = (g: G, e: unknown, log: (text: string) => string): InvokeResult => {
      if (!(e instanceof GoPanic)) throw e;
      const value = formatPanicValue(g, e.value);
      rt.write(2, sourceBytes(log(value)));
      return { kind: 'panicked', value };
    };
    let handlers: ((g: G, w: unknown, r: unknown) => Generator<unknown, unknown, unknown>)[] = [];

    return {
      spawn: (_name, body) => rt.go(null, function* (g: G) { yield* body(g); }, [], null, undefined, 'main').task!.id,
      context(g, spec) {
        if (!spec.cancel) {
          const value = ctxFuncs.Background(g) as Iface;
          return { value, sim: value.v as sc.Context };
        }
        const bg = ctxFuncs.Background(g);
        const [value, cancelGen] = (spec.timeoutMs !== undefined ? ctxFuncs.WithTimeout(g, bg, spec.timeoutMs * Millisecond) : ctxFuncs.WithCancel(g, bg)) as [Iface, (g: G) => Iterator<unknown>];
        return { value, sim: value.v as sc.Context, cancel: () => { const it = cancelGen(g); while (!it.next().done); } };
      },
      *construct(args, _env, g) {
        if (d.kind !== 'http') return null;
        const ctor = exercise.entries.find((e) => !e.receiver && e.name === d.construct.func)!;
        const goArgs = args.map((a, i) => argFor(a, ctor.params[i]?.type, g, ctxFuncs.Background(g), null));
        const made = yield* inst.funcs[d.construct.func]!(g, ...goArgs);
        for (let i = 0; i < d.routes.length; i++) handlers.push((yield* inst.funcs[`${ROUTE_PREFIX}${i}`]!(g, made)) as (typeof handlers)[number]);
        return null;
      },
      *call(pc, ctx, _env, g) {
        if (d.kind !== 'call') throw new Error('grader: not a call drive');
        const entry = exercise.entries.find((e) => !e.receiver && e.name === d.entry)!;
        const cbMsg = (pc.args.find((a) => a.kind === 'callback') as { message?: string } | undefined)?.message ?? 'bad data';
        const cbErr = rt.pkgs.errors.funcs.New(g, sourceBytes(cbMsg));
        const args = pc.args.map((a, i) => argFor(a, entry.params[i]?.type, g, ctx, cbErr));
        try {
          const [res, err] = (yield* inst.funcs[CALL_FUNC]!(g, ...args)) as [Slice | null, any];
          return {
            kind: 'returned',
            results: (toArray(res) as string[]).map((s) => fromByteString(s)),
            error: err === null ? null : { text: fromByteString(goErrorText(g, err)), is: goErrorTags(g, err, cbErr) },
          };
        } catch (e) {
          return panicked(g, e, (v) => `panic: ${v} [recovered by the harness]\n`);
        }
      },
      *request(pr, ctx, _env, g) {
        if (d.kind !== 'http') throw new Error('grader: not a handler drive');
        const route = d.routes.findIndex((r) => r.path === pr.path && (r.handler ?? undefined) === pr.handler && r.method === pr.method);
        const { w, rec } = newRecorder();
        const req = newRequest(pr.method, pr.target, ctx);
        try {
          yield* handlers[route < 0 ? 0 : route]!(g, w, req);
          return { kind: 'http', status: rec.status, body: fromByteString(rec.body) };
        } catch (e) {
          return panicked(g, e, (v) => `http: panic serving 192.0.2.10:${40000 + pr.index}: ${v}\n`);
        }
      },
      output: () => ({ stdout: rt.stdoutText(), stderr: rt.stderrText() }),
      ended() {
        const ex = rt.exited as { code: number; outcome: string } | null;
        if (!ex) return undefined;
        return ex.outcome === 'exit' ? { outcome: 'exit', reason: `the program exited with status ${ex.code} (log.Fatal or os.Exit): the server would stop` }
          : ex.outcome === 'steps' ? { outcome: 'steps', reason: 'the step budget ran out (an infinite loop?)' }
          : ex.outcome === 'output' ? { outcome: 'output', reason: `the program printed more than ${maxOutputBytes} bytes` }
          : { outcome: 'panic', reason: fromByteString(rt.stderrText()).split('\n')[0] ?? 'panic' };
      },
      crash(e) {
        if (e instanceof FatalError) return { outcome: e.outcome === 'steps' ? 'steps' : e.outcome === 'output' ? 'output' : 'panic', reason: e.message };
        if (e instanceof ProgramExit) return { outcome: 'exit', reason: `the program exited with status ${e.code} (log.Fatal or os.Exit): the server would stop` };
        if (e instanceof GoPanic) return { outcome: 'panic', reason: `panic: ${formatPanicValue(null, e.value)}` };
        return undefined;
      },
      deadlock: () => ['all goroutines are asleep', ...ownershipLines(world, [sw.db, ...(env.opened ?? [])])].join('\n'),
      goroutines() {
        const taskOf = new Map(rt.gs.map((g) => [g.id, g.task?.id]));
        return rt.gs.filter((g) => g.task).map((g) => ({ task: g.task!.id, ...(taskOf.get(g.createdIn) !== undefined ? { parentTask: taskOf.get(g.createdIn)! } : {}), name: `goroutine ${g.id}` }));
      },
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

