// The grader's driver loop end to end, with the first-match exercise's real scenarios and its solution,
// starter and one mistake written in TypeScript (the Go engine will run the Go files the same way).
import { describe, expect, it } from 'vitest';
import type { Context } from '../../src/sim/context.ts';
import { newError, wrapError, type GoError } from '../../src/sim/errors.ts';
import type { ScanDest } from '../../src/pool/convert.ts';
import { gradeSubmission, type ScenarioEngine } from '../../src/grader/grade.ts';
import { runScenario, type CallEnv, type InvokeResult, type Invoker } from '../../src/grader/run-scenario.ts';
import { DatasetCache } from '../../src/grader/scenario-world.ts';
import { loadExercise, type Exercise } from '../../src/grader/loader.ts';
import type { PlannedCall } from '../../src/grader/call-plan.ts';
import { loadSqlJs } from '../mysql/load-sqljs.ts';
import { readExercise } from '../exercises/read-exercise.ts';
import { site } from './harness.ts';

class TsPanic extends Error {}
type Entry = (ctx: Context, env: CallEnv, call: PlannedCall) => Generator<unknown, { results: string[]; err: GoError | null }, unknown>;

/** findUserID is first-match's FindUserID; close: where it closes its rows. */
function findUserID(close: 'defer' | 'never' | 'onMatch'): Entry {
  return function* (ctx, env) {
    const match = env.callbacks[2]!;
    const [rows, err] = yield* env.sw.db.queryContext(ctx, 'SELECT id, name FROM users ORDER BY id', [], site(15, 15));
    if (err) return { results: ['0'], err };
    try {
      while (yield* rows!.next()) {
        const id: { v?: unknown } = {};
        const name: { v?: unknown } = {};
        const e = rows!.scan({ kind: 'int64', set: (v) => (id.v = v) } as ScanDest, { kind: 'string', set: (v) => (name.v = v) } as ScanDest);
        if (e) return { results: ['0'], err: e };
        const o = match.invoke([name.v as string]);
        if (o.kind === 'panic') throw new TsPanic(o.value);
        if (o.kind === 'return' && o.ok) {
          if (close === 'onMatch') yield* rows!.close();
          return { results: [String(id.v)], err: null };
        }
      }
      return { results: ['0'], err: rows!.err() };
    } finally {
      if (close === 'defer') yield* rows!.close();
    }
  };
}

function invoker(entry: Entry): Invoker {
  return {
    *call(_c: PlannedCall, ctx: Context, env: CallEnv): Generator<unknown, InvokeResult, unknown> {
      try {
        const r = yield* entry(ctx, env, _c);
        return { kind: 'returned', ...r };
      } catch (e) {
        if (e instanceof TsPanic) return { kind: 'panicked', value: e.message };
        throw e;
      }
    },
  };
}

describe('runScenario + gradeSubmission on the first-match exercise', () => {
  it('passes the solution on every scenario, fails the starter and the mistake where the lesson says', async () => {
    const sqljs = await loadSqlJs();
    const r = loadExercise(await readExercise('first-match'));
    if (!r.ok) throw new Error('first-match does not load');
    const ex: Exercise = r.exercise;
    const cache = new DatasetCache();
    const sources = new Map<string, Entry>([
      [ex.solution, findUserID('defer')],
      [ex.starter, findUserID('never')],
      [ex.mistakes.find((m) => m.file === 'mistakes/close-on-match-only.go')!.source, findUserID('onMatch')],
    ]);
    const engine: ScenarioEngine<Entry> = {
      compile: (files) => ({ ok: true, program: sources.get(files[0]!.text)! }),
      run: (entry, _ex, scenario, seed) => runScenario(scenario, seed, sqljs, invoker(entry), { cache }),
    };
    const referenceRuns = new Map();

    const good = gradeSubmission(engine, ex, ex.solution, { referenceRuns });
    expect(good.scenarios.filter((s) => !s.passed).map((s) => `${s.name}: ${s.reason ?? ''} ${JSON.stringify(s.checks.filter((c) => !c.passed))}`)).toEqual([]);
    expect(good.scenarios).toHaveLength(14);

    const bad = gradeSubmission(engine, ex, ex.starter, { referenceRuns });
    const failed = Object.fromEntries(bad.scenarios.filter((s) => !s.passed).map((s) => [s.name, s.checks.filter((c) => !c.passed).map((c) => c.check)]));
    expect(failed['happy-path/background']).toEqual(['noLeaks']);
    expect(failed['happy-path/request']).toEqual(['noLeaks']);
    expect(failed['callback-panic/background']).toEqual(['noLeaks']);
    expect(failed['scan-error/request']).toEqual(['noLeaks']);
    expect(bad.scenarios.find((s) => s.name === 'burst/background')).toMatchObject({ passed: false, outcome: 'deadlock' });
    expect(failed['query-error/background']).toBeUndefined();
    const leak = bad.scenarios.find((s) => s.name === 'happy-path/request')!.checks[0]!.evidence[0]!;
    expect(leak).toMatchObject({ kind: 'leak', object: 'rows', releasedBy: 'context', droppedConn: true, site: site(15, 15) });
    expect(leak.message).toMatch(/^happy-path\/request: the \*sql\.Rows acquired at main\.go:15:15 \(call 1: FindUserID\(ctx, db, func\)\) is released only because its context ended/);

    const mistake = gradeSubmission(engine, ex, ex.mistakes.find((m) => m.file === 'mistakes/close-on-match-only.go')!.source, { referenceRuns });
    const mFailed = mistake.scenarios.filter((s) => !s.passed).map((s) => s.name);
    expect(mFailed).toContain('scan-error/background');
    expect(mFailed).not.toContain('happy-path/background');
    expect(mFailed).not.toContain('happy-path/request');
  });
});

const errInsufficientFunds = newError('insufficient funds');

/** transfer is the transfer exercise's Transfer; rollback: deferred, or only on the explicit error returns (no panic). */
function transfer(rollback: 'defer' | 'onErrors'): Entry {
  return function* (ctx, env, call) {
    const [from, to, amount] = call.args.slice(2, 5).map((a) => (a.kind === 'value' ? BigInt(a.value as number) : 0n));
    const audit = env.callbacks[5]!;
    const [tx, err] = yield* env.sw.db.beginTx(ctx, {}, site(18, 13));
    if (err) return { results: ['0'], err };
    const fail = function* (e: GoError): Generator<unknown, { results: string[]; err: GoError }, unknown> {
      if (rollback === 'onErrors') yield* tx!.rollback();
      return { results: ['0'], err: e };
    };
    try {
      const balance: { v?: unknown } = {};
      const row = yield* tx!.queryRowContext(ctx, 'SELECT balance FROM accounts WHERE id = ?', [from!], site(22, 12));
      const e1 = yield* row.scan({ kind: 'int64', set: (v) => (balance.v = v) } as ScanDest);
      if (e1) return yield* fail(e1);
      if ((balance.v as bigint) < amount!) return yield* fail(errInsufficientFunds);
      const [, e2] = yield* tx!.execContext(ctx, 'UPDATE accounts SET balance = balance - ? WHERE id = ?', [amount!, from!]);
      if (e2) return yield* fail(e2);
      const [, e3] = yield* tx!.execContext(ctx, 'UPDATE accounts SET balance = balance + ? WHERE id = ?', [amount!, to!]);
      if (e3) return yield* fail(e3);
      const o = audit.invoke([Number(from), Number(to)]);
      if (o.kind === 'panic') throw new TsPanic(o.value);
      if (o.kind === 'error') return yield* fail(wrapError(`audit: ${o.err.Error()}`, o.err));
      const e4 = yield* tx!.commit();
      if (e4) return yield* fail(e4);
      return { results: [String((balance.v as bigint) - amount!)], err: null };
    } finally {
      if (rollback === 'defer') yield* tx!.rollback();
    }
  };
}

describe('runScenario + gradeSubmission on the transfer exercise', () => {
  it('passes defer tx.Rollback() everywhere; rollbacks on error returns only fail the panic scenarios', async () => {
    const sqljs = await loadSqlJs();
    const r = loadExercise(await readExercise('transfer'));
    if (!r.ok) throw new Error('transfer does not load');
    const ex: Exercise = r.exercise;
    const cache = new DatasetCache();
    const mistake = ex.mistakes.find((m) => m.file === 'mistakes/rollback-on-each-error.go')!.source;
    const sources = new Map<string, Entry>([
      [ex.solution, transfer('defer')],
      [mistake, transfer('onErrors')],
    ]);
    const engine: ScenarioEngine<Entry> = {
      compile: (files) => ({ ok: true, program: sources.get(files[0]!.text)! }),
      run: (entry, _ex, scenario, seed) => runScenario(scenario, seed, sqljs, invoker(entry), { cache }),
    };
    const referenceRuns = new Map();
    const good = gradeSubmission(engine, ex, ex.solution, { referenceRuns });
    expect(good.scenarios.filter((s) => !s.passed).map((s) => `${s.name}: ${s.reason ?? ''} ${JSON.stringify(s.checks.filter((c) => !c.passed))}`)).toEqual([]);
    const commit = good.scenarios.find((s) => s.name === 'commit-fails/request')!;
    expect(commit.checks.map((c) => [c.check, c.passed])).toEqual([['noLeaks', true], ['errorPropagated', true]]);

    const bad = gradeSubmission(engine, ex, mistake, { referenceRuns });
    expect(bad.scenarios.filter((s) => !s.passed).map((s) => s.name).sort()).toEqual(['callback-panic/background', 'callback-panic/request']);
    const leak = bad.scenarios.find((s) => s.name === 'callback-panic/background')!.checks[0]!.evidence[0]!;
    expect(leak).toMatchObject({ kind: 'leak', object: 'tx', releasedBy: 'never', site: site(18, 13) });
  });
});
