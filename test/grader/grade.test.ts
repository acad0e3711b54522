import { describe, expect, it } from 'vitest';
import { gradeSubmission, seedsOf, type ScenarioEngine } from '../../src/grader/grade.ts';
import { loadExercise, type Exercise } from '../../src/grader/loader.ts';
import type { Scenario } from '../../src/grader/scenario.ts';
import type { ScanDest } from '../../src/pool/convert.ts';
import { readExercise } from '../exercises/read-exercise.ts';
import { runTs, site, type Program, type TsScenario } from './harness.ts';
import { GradeReportSchema, type ScenarioRun } from '../../src/grader/report.ts';

const str = (box: { v?: unknown }): ScanDest => ({ kind: 'string', set: (v) => (box.v = v) });
const int = (box: { v?: unknown }): ScanDest => ({ kind: 'int64', set: (v) => (box.v = v) });

/** findUser07 is FindUserID in TypeScript, matching user07; `close` says whether it defers rows.Close(). */
function findUser07(close: boolean): Program {
  return function* (ctx, db) {
    const [rows, err] = yield* db.queryContext(ctx, 'SELECT id, name FROM users ORDER BY id', [], site(15, 15));
    if (err) return { results: ['0'], err };
    try {
      while (yield* rows!.next()) {
        const id: { v?: unknown } = {};
        const name: { v?: unknown } = {};
        const e = rows!.scan(int(id), str(name));
        if (e) return { results: ['0'], err: e };
        if (name.v === 'user07') return { results: [String(id.v)], err: null };
      }
      return { results: ['0'], err: rows!.err() };
    } finally {
      if (close) yield* rows!.close();
    }
  };
}

/**
 * tsEngine stands in for the Go engine: "compiling" maps a source text to a TypeScript program, and a
 * run drives it with the scenario's calls, context, pool limit and fault plan (arguments are not generated).
 */
function tsEngine(programs: Map<string, Program>, ran: string[]): ScenarioEngine<Program> {
  return {
    compile(files) {
      const p = programs.get(files[0]!.text);
      if (!p) return { ok: false, diagnostics: [{ file: 'main.go', line: 3, col: 1, message: 'syntax error: non-declaration statement outside function body', severity: 'error' }] };
      return { ok: true, program: p };
    },
    run(program, _exercise, scenario: Scenario, seed): ScenarioRun {
      ran.push(`${scenario.name}@${seed}`);
      if (scenario.drive.kind !== 'call') throw new Error('tsEngine drives call scenarios only');
      const ctx = scenario.drive.context;
      const sc: TsScenario = {
        name: scenario.name,
        seed,
        calls: scenario.drive.calls,
        concurrency: scenario.drive.concurrency,
        context: ctx.kind === 'background' ? 'background' : ctx.kind === 'request' ? 'request' : { deadlineMs: ctx.ms },
        maxOpen: scenario.pool.maxOpen,
        faults: scenario.faults,
      };
      return syncRun(program, sc);
    },
  };
}

// runTs is async only because sql.js loads asynchronously; the runs themselves are synchronous.
const cache = new Map<string, ScenarioRun>();
function syncRun(p: Program, sc: TsScenario): ScenarioRun {
  const key = `${programName.get(p)}:${sc.name}:${sc.seed}`;
  const r = cache.get(key);
  if (!r) throw new Error(`no precomputed run for ${key}`);
  return r;
}
const programName = new Map<Program, string>();

describe('gradeSubmission', () => {
  it('grades solution, starter, a compile error and a missing entry point, naming the failing seed and line', async () => {
    const files = await readExercise('first-match');
    const loaded = loadExercise(files);
    if (!loaded.ok) throw new Error('first-match does not load');
    const only = ['happy-path/background', 'query-error/request'];
    const ex: Exercise = { ...loaded.exercise, scenarios: loaded.exercise.scenarios.filter((s) => only.includes(s.name)).map((s) => ({ ...s, seeds: 2 })) };
    const clean = findUser07(true);
    const leaky = findUser07(false);
    programName.set(clean, 'clean').set(leaky, 'leaky');
    const noEntry = 'package main\n\nfunc FindUser() {}\n\nfunc main() {}\n';
    const programs = new Map<string, Program>([[ex.solution, clean], [ex.starter, leaky], [noEntry, clean]]);
    for (const p of [clean, leaky]) {
      for (const s of ex.scenarios) {
        for (const seed of seedsOf(s)) {
          if (s.drive.kind !== 'call') continue;
          const ctx = s.drive.context;
          const sc: TsScenario = { name: s.name, seed, calls: s.drive.calls, context: ctx.kind === 'background' ? 'background' : 'request', faults: s.faults };
          cache.set(`${programName.get(p)}:${s.name}:${seed}`, await runTs(p, sc));
        }
      }
    }
    const ran: string[] = [];
    const engine = tsEngine(programs, ran);

    const good = gradeSubmission(engine, ex, ex.solution);
    expect(good.passed).toBe(true);
    expect(good.scenarios.map((s) => [s.name, s.passed, s.seedsRun])).toEqual([['happy-path/background', true, 2], ['query-error/request', true, 2]]);
    expect(ran).toEqual(['happy-path/background@2002', 'happy-path/background@2002', 'happy-path/background@2003', 'happy-path/background@2003', 'query-error/request@2003', 'query-error/request@2003', 'query-error/request@2004', 'query-error/request@2004']);

    const bad = gradeSubmission(engine, ex, ex.starter);
    expect(bad.passed).toBe(false);
    const happy = bad.scenarios[0]!;
    expect(happy).toMatchObject({ name: 'happy-path/background', passed: false, seed: 2002, seedsRun: 1 });
    const leak = happy.checks.find((c) => c.check === 'noLeaks')!.evidence[0]!;
    expect(leak).toMatchObject({ kind: 'leak', object: 'rows', releasedBy: 'never', site: site(15, 15) });
    expect(bad.scenarios[1]!.passed).toBe(true);
    expect(GradeReportSchema.parse(JSON.parse(JSON.stringify(bad)))).toEqual(JSON.parse(JSON.stringify(bad)));
    expect(gradeSubmission(engine, ex, ex.starter)).toEqual(bad);

    ran.length = 0;
    const referenceRuns = new Map<string, ScenarioRun>();
    gradeSubmission(engine, ex, ex.starter, { referenceRuns });
    const cached = gradeSubmission(engine, ex, ex.starter, { referenceRuns });
    expect(cached).toEqual(bad);
    expect([...referenceRuns.keys()]).toEqual(['happy-path/background@2002', 'query-error/request@2003', 'query-error/request@2004']);
    expect(ran).toHaveLength(6 + 3); // first grading: 3 learner + 3 reference runs; second: the 3 learner runs only

    const replay = gradeSubmission(engine, ex, ex.starter, { seed: 2002, only: ['happy-path/background'] });
    expect(replay.scenarios.map((s) => [s.name, s.seed, s.passed])).toEqual([['happy-path/background', 2002, false]]);

    const broken = gradeSubmission(engine, ex, 'package main\n\nx := 1\n');
    expect(broken).toMatchObject({ passed: false, compile: { ok: false }, scenarios: [] });

    const missing = gradeSubmission(engine, ex, noEntry);
    expect(missing).toMatchObject({ passed: false, scenarios: [], signature: { ok: false, message: 'main.go: missing func FindUserID(ctx context.Context, db *sql.DB, match func(name string) bool) (int64, error)' } });
  });
});
