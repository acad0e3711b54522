import { describe, expect, it } from 'vitest';
import type { ScanDest } from '../../src/pool/convert.ts';
import { wrapError } from '../../src/sim/errors.ts';
import { Millisecond } from '../../src/sim/time.ts';
import {
  checkCorrectResult,
  checkDeadlineRespected,
  checkErrorPropagated,
  checkHoldsUnderLoad,
  checkOnePool,
  checkPreparedOnce,
  evaluateScenario,
  findTampering,
  buildReport,
} from '../../src/grader/evaluate.ts';
import { GradeReportSchema } from '../../src/grader/report.ts';
import { formatReport, reportExitCode } from '../../src/grader/format-report.ts';
import { ScenarioSpec } from '../../src/grader/scenario.ts';
import { connectionLostOnRow, slow } from '../../src/grader/define.ts';
import { runTs, site, type Program, type TsScenario } from './harness.ts';

const int = (box: { v?: unknown }): ScanDest => ({ kind: 'int64', set: (v) => (box.v = v) });

/** sumIDs sums user ids; `checkErr` says whether it returns rows.Err(). */
function sumIDs(checkErr: boolean): Program {
  return function* (ctx, db) {
    const [rows, err] = yield* db.queryContext(ctx, 'SELECT id FROM users', [], site(8, 15));
    if (err) return { results: ['0'], err };
    let total = 0n;
    try {
      while (yield* rows!.next()) {
        const v: { v?: unknown } = {};
        const e = rows!.scan(int(v));
        if (e) return { results: ['0'], err: e };
        total += v.v as bigint;
      }
      if (checkErr && rows!.err()) return { results: ['0'], err: wrapError(`sum: ${rows!.err()!.Error()}`, rows!.err()!) };
      return { results: [String(total)], err: null };
    } finally {
      yield* rows!.close();
    }
  };
}

const hardCoded: Program = function* () {
  return { results: ['1275'], err: null };
};

const midStream: TsScenario = { name: 'mid-iteration-error', seed: 11, calls: 2, context: 'background', faults: { rules: [connectionLostOnRow('FROM users', 20)] } };

describe('checks on recorded runs', () => {
  it('correctResult passes the same code and fails a hard-coded answer on data of another size', async () => {
    const ref = await runTs(sumIDs(true), { name: 'happy', seed: 1, calls: 2, context: 'background' });
    expect(ref.calls.map((c) => c.results)).toEqual([['1275'], ['1275']]);
    expect(checkCorrectResult(await runTs(sumIDs(true), { name: 'happy', seed: 1, calls: 2, context: 'background' }), ref)).toEqual([]);
    // On the default 50 users the hard-coded 1275 happens to be right; a call whose reference differs catches it.
    const refOther = { ...ref, calls: ref.calls.map((c) => ({ ...c, results: ['903'] })) };
    const ev = checkCorrectResult(await runTs(hardCoded, { name: 'happy', seed: 1, calls: 2, context: 'background' }), refOther);
    expect(ev).toHaveLength(2);
    expect(ev[0]).toMatchObject({ kind: 'call', expected: '903, <nil>', actual: '1275, <nil>' });
  });

  it('errorPropagated fails when rows.Err() is skipped and a partial total comes back as success', async () => {
    const ref = await runTs(sumIDs(true), midStream);
    expect(ref.calls[0]!.error).toEqual({ text: 'sum: invalid connection', is: ['mysql.ErrInvalidConn'] });
    expect(checkErrorPropagated(await runTs(sumIDs(true), midStream), ref, 'mysql.ErrInvalidConn')).toEqual([]);
    const ev = checkErrorPropagated(await runTs(sumIDs(false), midStream), ref, 'mysql.ErrInvalidConn');
    expect(ev).toHaveLength(2);
    expect(ev[0]!.message).toMatch(/returned a nil error with \d+ as if it were complete: the mysql.ErrInvalidConn error was lost/);
  });

  it('errorPropagated reports a scenario whose reference never fails as not exercising the error', async () => {
    const ref = await runTs(sumIDs(true), { name: 'happy', seed: 1, calls: 1, context: 'background' });
    expect(checkErrorPropagated(ref, ref, 'mysql:1146')).toEqual([{ kind: 'message', message: expect.stringContaining('does not exercise it') }]);
  });

  it('deadlineRespected passes a context-aware query and fails one that ignores the context', async () => {
    const withCtx: Program = function* (ctx, db) {
      const [rows, err] = yield* db.queryContext(ctx, 'SELECT id FROM users WHERE id = 1', [], site(5, 15));
      if (err) return { results: [], err };
      yield* rows!.close();
      return { results: [], err: null };
    };
    const noCtx: Program = function* (_ctx, db) {
      const [rows, err] = yield* db.query('SELECT id FROM users WHERE id = 1', [], site(5, 15));
      if (err) return { results: [], err };
      yield* rows!.close();
      return { results: [], err: null };
    };
    const sc: TsScenario = { name: 'slow', seed: 3, calls: 2, context: { deadlineMs: 100 }, faults: { rules: [slow('FROM users', 2000)] } };
    const ref = await runTs(withCtx, sc);
    expect(ref.calls[0]!.error?.is).toEqual(['context.DeadlineExceeded']);
    expect(checkDeadlineRespected(ref, ref, 5)).toEqual([]);
    const bad = await runTs(noCtx, sc);
    const ev = checkDeadlineRespected(bad, ref, 5);
    expect(ev.length).toBeGreaterThanOrEqual(2);
    expect(ev[0]!.message).toMatch(/returned 190\d\.\d ms after its deadline/);
  });

  it('holdsUnderLoad fails a leaky burst (callers time out waiting) and passes a clean one', async () => {
    // db.Query without Close: the first two calls keep both connections; the rest wait out their deadline.
    const leaky: Program = function* (ctx, db, call) {
      if (call < 2) {
        const [, err] = yield* db.query('SELECT id FROM users', [], site(7, 15));
        return { results: [], err };
      }
      const [, err] = yield* db.queryContext(ctx, 'SELECT id FROM users', [], site(9, 15));
      return { results: [], err };
    };
    const sc: TsScenario = { name: 'burst', seed: 4, calls: 6, concurrency: 6, maxOpen: 2, context: { deadlineMs: 500 } };
    const bad = await runTs(leaky, sc);
    const ev = checkHoldsUnderLoad(bad, 100);
    const timedOut = bad.calls.filter((c) => c.error?.is.includes('context.DeadlineExceeded')).length;
    expect(timedOut).toBeGreaterThan(0);
    expect(ev).toEqual([expect.objectContaining({ kind: 'stat', field: 'WaitDuration' })]);
    expect(Number.parseFloat((ev[0] as { actual: string }).actual)).toBeGreaterThanOrEqual(timedOut * 500);
    const good = await runTs(sumIDs(true), { ...sc, context: 'background' });
    expect(checkHoldsUnderLoad(good, 100)).toEqual([]);
  });

  it('preparedOnce flags a statement prepared per item', async () => {
    const perItem: Program = function* (ctx, db) {
      for (let i = 0; i < 3; i++) {
        const [stmt] = yield* db.prepareContext(ctx, 'SELECT name FROM users WHERE id = ?', site(12, 16));
        yield* stmt!.close();
      }
      return { results: [], err: null };
    };
    const run = await runTs(perItem, { name: 'batch', seed: 5, calls: 2, context: 'background' });
    const ev = checkPreparedOnce(run, 1);
    expect(ev).toHaveLength(2);
    expect(ev[0]!.message).toContain('prepares "SELECT name FROM users WHERE id = ?" again at main.go:12:16');
  });

  it('findTampering flags a learner task that changes the pool limits; onePool has nothing to say about it', async () => {
    const tamper: Program = function* (_ctx, db) {
      db.setMaxOpenConns(100, site(3, 5));
      return { results: [], err: null };
    };
    const run = await runTs(tamper, { name: 'burst', seed: 6, calls: 1, context: 'background' });
    expect(findTampering(run)).toBe("main.go:3:5: your code calls db.SetMaxOpenConns(100) (call 1: Entry(call 0)); the scenario sets the pool's limits, so it fails");
    expect(checkOnePool(run)).toEqual([]);
  });

  it('findTampering names the call site and how many calls changed the pool, not the harness\'s own settings', async () => {
    const perCall: Program = function* (_ctx, db, call) {
      if (call > 0) db.setConnMaxLifetime(250 * Millisecond, site(9, 2));
      return { results: [], err: null };
    };
    const run = await runTs(perCall, { name: 'burst', seed: 6, calls: 3, context: 'background', maxOpen: 2 });
    expect(run.events.some((e) => e.kind === 'pool.settings' && e.task === undefined)).toBe(true);
    expect(findTampering(run)).toBe("main.go:9:2: your code calls db.SetConnMaxLifetime(250ms) in 2 of 3 calls (first call 2: Entry(call 1)); the scenario sets the pool's limits, so it fails");
    const clean: Program = function* () {
      return { results: [], err: null };
    };
    expect(findTampering(await runTs(clean, { name: 'burst', seed: 6, calls: 3, context: 'background', maxOpen: 2 }))).toBeUndefined();
  });
});

describe('evaluateScenario and the report', () => {
  const scenario = ScenarioSpec.parse({
    name: 'mid-iteration-error/background',
    title: 'the connection drops on row 20',
    covers: ['mid-iteration-error'],
    seed: 11,
    seeds: 2,
    faults: { rules: [connectionLostOnRow('FROM users', 20)] },
    drive: { kind: 'call', entry: 'SumIDs', args: [{ kind: 'context' }, { kind: 'db' }], calls: 2 },
    checks: [{ check: 'noLeaks' }, { check: 'errorPropagated', is: 'mysql.ErrInvalidConn' }],
  });

  it('names the first failing seed, keeps passing checks, and is deterministic for a seed', async () => {
    const seeds = [11, 12];
    const runs = async (p: Program) => Promise.all(seeds.map(async (seed) => ({ run: await runTs(p, { ...midStream, seed }), reference: await runTs(sumIDs(true), { ...midStream, seed }) })));
    const bad = evaluateScenario(scenario, await runs(sumIDs(false)));
    expect(bad).toMatchObject({ passed: false, seed: 11, seedsRun: 1, outcome: 'ok' });
    expect(bad.checks.map((c) => [c.check, c.passed])).toEqual([['noLeaks', true], ['errorPropagated', false]]);
    expect(evaluateScenario(scenario, await runs(sumIDs(false)))).toEqual(bad);
    const good = evaluateScenario(scenario, await runs(sumIDs(true)));
    expect(good).toMatchObject({ passed: true, seed: 12, seedsRun: 2 });
    const report = buildReport('rows-err', { ok: true, diagnostics: [] }, { ok: true, expected: ['func SumIDs(ctx context.Context, db *sql.DB) (int64, error)'] }, [bad, good]);
    expect(report.passed).toBe(false);
    const parsed = GradeReportSchema.parse(JSON.parse(JSON.stringify(report)));
    expect(parsed.scenarios[0]!.timeline.length).toBe(bad.timeline.length);
    expect(reportExitCode(report)).toBe(1);
    const text = formatReport(report).split('\n');
    expect(text[0]).toBe('FAIL  mid-iteration-error/background  the connection drops on row 20');
    expect(text[1]).toMatch(/^ {6}seed 11 \(replay with --seed 11\); DBStats InUse=0 /);
    expect(text[2]).toBe('      errorPropagated:');
    expect(text[3]).toMatch(/^ {8}Entry\(call 0\) returned a nil error with \d+ as if it were complete: the mysql.ErrInvalidConn error was lost$/);
    expect(text).toContain('PASS  mid-iteration-error/background  the connection drops on row 20');
    expect(text.at(-2)).toBe('FAIL  rows-err: 1 of 2 scenarios fail');
    const compileError = buildReport('rows-err', { ok: false, diagnostics: [{ file: 'main.go', line: 12, col: 5, message: 'declared and not used: err', severity: 'error' }] }, { ok: false, expected: [] }, []);
    expect(reportExitCode(compileError)).toBe(2);
    expect(formatReport(compileError)).toBe('# command-line-arguments\n./main.go:12:5: declared and not used: err\n');
  });
});
