// Every complete Go program in the lessons runs on the simulator to its end, as its Run button runs it (the
// setup named by its RunnableExample wrapper), with no error of ours; what each run shows is what the lesson
// says it shows. Every complete program is wrapped in a RunnableExample, except the ones listed with a reason.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lessonPrograms } from '../../src/site/course-programs.ts';
import { loadSqlJs } from '../../src/cli/sim-stack.ts';
import { runLessonProgram, type LessonRunOutput } from '../../src/go/std/sql/lesson-run.ts';
import { parseFaultPlan } from '../../src/mysql/fault-plan.ts';
import { LESSON_SETUPS } from '../../src/go/std/sql/lesson-setups.ts';
import type { SqlJs } from '../../src/mysql/sqljs-types.ts';

const ROOT = join(import.meta.dirname, '../..');

/** NOT_RUNNABLE: complete programs without a Run button, and the output that shows why (the list may only shrink). */
const NOT_RUNNABLE: Record<string, { why: string; stderr: RegExp }> = {
};

/** PANICS: programs whose lesson is about the panic they end with (the Go panic text they must print). */
const PANICS: Record<string, RegExp> = {
  '03-ignored-error.mdx crashes.go': /^panic: runtime error: invalid memory address or nil pointer dereference\n\[signal SIGSEGV/m,
};

interface Program { key: string; code: string; wrapped: boolean; setup?: string }

const programs: Program[] = lessonPrograms(ROOT).map((p) => ({
  key: `${p.file} ${p.title ?? '(untitled)'}`,
  code: p.code,
  wrapped: p.wrapped,
  ...(p.setup ? { setup: p.setup } : {}),
}));

let sqljs: SqlJs;
const runs = new Map<string, LessonRunOutput>();
function run(p: Program): LessonRunOutput {
  let r = runs.get(p.key);
  if (!r) {
    r = runLessonProgram(sqljs, p.code + '\n', { seed: 1, setup: p.setup, maxSteps: 20_000_000, maxOutputBytes: 64 * 1024 });
    runs.set(p.key, r);
  }
  return r;
}
const byKey = (key: string) => { const p = programs.find((x) => x.key === key); if (!p) throw new Error(`no lesson program ${key}`); return run(p); };
const answered = (r: LessonRunOutput, status: number) => r.http!.exchanges.filter((x) => x.status === status);
const timedOut = (r: LessonRunOutput) => r.http!.exchanges.filter((x) => /Client\.Timeout exceeded/.test(x.clientError ?? ''));
const eof = (r: LessonRunOutput) => r.http!.exchanges.filter((x) => /: EOF$/.test(x.clientError ?? ''));
const panicLogs = (r: LessonRunOutput) => r.stderr.match(/^2000\/01\/01 \d\d:\d\d:\d\d http: panic serving 127\.0\.0\.1:\d+: .*$/gm) ?? [];

beforeAll(async () => { sqljs = await loadSqlJs(); });

describe('every complete lesson program runs in place', () => {
  it('finds the programs, and every one is wrapped in a RunnableExample unless listed', () => {
    expect(programs.length).toBeGreaterThanOrEqual(29);
    for (const p of programs) expect(p.wrapped, `${p.key}: wrap it in <RunnableExample> or list it in NOT_RUNNABLE`).toBe(!NOT_RUNNABLE[p.key]);
    for (const p of programs) if (p.setup) expect(LESSON_SETUPS[p.setup], `${p.key} names setup ${p.setup}`).toBeDefined();
  });

  it('every setup\'s fault plan is valid and written out with its defaults (the Run uses it without validating)', () => {
    const withFaults = Object.entries(LESSON_SETUPS).filter(([, s]) => s.faults);
    expect(withFaults.length).toBeGreaterThanOrEqual(2);
    for (const [name, s] of withFaults) expect(parseFaultPlan(s.faults), name).toEqual({ ok: true, plan: s.faults });
  });

  it.each(programs.map((p) => [p.key, p] as const))('%s runs to its end', (key, p) => {
    const r = run(p);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const known = NOT_RUNNABLE[key];
    if (known) {
      expect(r.stderr, `${key} now runs: wrap it and remove it from NOT_RUNNABLE`).toMatch(known.stderr);
      return;
    }
    if (PANICS[key]) {
      expect(r.outcome).toBe('panic');
      expect(r.stderr).toMatch(PANICS[key]!);
      return;
    }
    // ended by main returning, log.Fatal's exit 1 or the runner stopping a server: never a crash, deadlock or budget
    expect(r.outcome).toBe('exit');
    expect(r.stderr).not.toMatch(/^(panic|fatal error): /m);
  });
});

describe('what the lessons say the runs show', () => {
  it('05 handler.go: each panic is recovered and logged, leaks its connection, and after SetMaxOpenConns(10) the next requests hang', () => {
    const r = byKey('05-panics.mdx handler.go');
    expect(panicLogs(r)).toHaveLength(10);
    expect(panicLogs(r)[0]).toMatch(/runtime error: index out of range \[1\] with length 1$/);
    expect(eof(r)).toHaveLength(10);
    expect(timedOut(r).map((x) => x.n)).toEqual([11, 12]);
    expect(r.stderr).toMatch(/goroutine \d+ \[running\]:\nnet\/http\.\(\*conn\)\.serve\.func1\(\)\n\t\/usr\/lib\/go-1\.23\/src\/net\/http\/server\.go:1947\n/);
    expect(r.stderr).toMatch(/main\.domain\(\.\.\.\)\n\tmain\.go:20\n/);
  });

  it('05 fixed.go: every request still panics, but defer rows.Close gives each connection back', () => {
    const r = byKey('05-panics.mdx fixed.go');
    expect(panicLogs(r)).toHaveLength(12);
    expect(eof(r)).toHaveLength(12);
    expect(timedOut(r)).toEqual([]);
  });

  it('06 partial.go reports a partial total as if it were complete; fixed.go reports the error', () => {
    expect(byKey('06-rows-err.mdx partial.go').stdout).toBe('total paid: 11450\n');
    const fixed = byKey('06-rows-err.mdx fixed.go');
    expect(fixed.stdout).toBe('');
    expect(fixed.stderr).toMatch(/Error 1317 \(70100\): Query execution was interrupted\nexit status 1\n$/);
  });

  it('09 per-request.go opens a pool per request; one-pool.go serves everything from one', () => {
    const per = byKey('09-one-pool.mdx per-request.go');
    const one = byKey('09-one-pool.mdx one-pool.go');
    expect(answered(per, 200).map((x) => x.body)).toEqual(Array.from({ length: 12 }, (_, i) => `user${String(i + 1).padStart(2, '0')}\n`));
    expect(answered(one, 200)).toHaveLength(12);
    expect(per.events.filter((e) => e.kind === 'db.open')).toHaveLength(12);
    expect(one.events.filter((e) => e.kind === 'db.open')).toHaveLength(1);
  });

  it('09 nightly-lock.go takes the nightly lock (GET_LOCK answers 1), deletes the 3 expired sessions, releases the lock and closes its Conn', () => {
    const r = byKey('09-one-pool.mdx nightly-lock.go');
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    expect(r.events.filter((e) => e.kind === 'heldconn.open')).toHaveLength(1);
    expect(r.events.filter((e) => e.kind === 'heldconn.close')).toHaveLength(1);
    const ends = r.events.filter((e) => e.kind === 'query.end') as { sql?: string; rowsAffected?: number; error?: string }[];
    expect(ends.map((e) => e.error ?? null)).toEqual(ends.map(() => null));
    expect(ends.filter((e) => e.rowsAffected !== undefined).map((e) => e.rowsAffected)).toContain(3);
  });

  it('10 report.go holds connections through a 30 s query and clients give up; the fixed one answers 503 at 3 s', () => {
    const slow = byKey('10-timeouts.mdx report.go');
    expect(timedOut(slow)).toHaveLength(12);
    const fixed = byKey('10-timeouts.mdx report.go (fixed)');
    expect(answered(fixed, 503).map((x) => x.body)).toEqual(Array(12).fill('report timed out\n'));
  });

  it('12 orders.go leaks a connection per request until the pool of 10 is exhausted; /debug/db shows it', () => {
    const r = byKey('12-detecting-a-leak.mdx orders.go');
    expect(answered(r, 200).filter((x) => x.target.startsWith('/orders'))).toHaveLength(10);
    expect(timedOut(r)).toHaveLength(2);
    const dbg = r.http!.exchanges.find((x) => x.target === '/debug/db')!;
    expect(dbg.contentType).toBe('application/json');
    expect(JSON.parse(dbg.body!)).toMatchObject({ max_open: 10, open: 10, in_use: 10, idle: 0, wait_count: 2 });
    expect(dbg.body!.endsWith('}\n')).toBe(true);
  });

  it('13 metrics.go serves the Prometheus text and expvar\'s /debug/vars with the pool\'s DBStats', () => {
    const r = byKey('13-monitoring-and-alerting.mdx metrics.go');
    const metrics = r.http!.exchanges.find((x) => x.target === '/metrics')!;
    expect(metrics.body).toContain('# HELP go_sql_max_open_connections Pool limit, 0 means unlimited.\n# TYPE go_sql_max_open_connections gauge\ngo_sql_max_open_connections{db_name="shop"} 20\n');
    const vars = r.http!.exchanges.find((x) => x.target === '/debug/vars')!;
    expect(vars.contentType).toBe('application/json; charset=utf-8');
    expect(vars.body).toMatch(/^\{\n"cmdline": \["\/tmp\/main"\],\n"db_shop": \{"MaxOpenConnections":20,"OpenConnections":\d+,"InUse":0,"Idle":\d+,"WaitCount":0,"WaitDuration":0,"MaxIdleClosed":0,"MaxIdleTimeClosed":0,"MaxLifetimeClosed":0\}\n\}\n$/);
  });

  it('15 as deployed: a short SKU panics, an out-of-stock reservation leaks its transaction and its row lock; fixed answers everything', () => {
    const r = byKey('15-capstone.mdx orders/main.go (as deployed)');
    expect(panicLogs(r)).toEqual([expect.stringMatching(/runtime error: slice bounds out of range \[:3\] with length 2$/)]);
    expect(answered(r, 409)).toHaveLength(1);
    expect(timedOut(r).length).toBeGreaterThan(0);
    const fixed = byKey('15-capstone.mdx orders/main.go (fixed)');
    expect(fixed.http!.exchanges.every((x) => x.status !== undefined && x.status < 500)).toBe(true);
    expect(answered(fixed, 409)).toHaveLength(3);
    expect(fixed.stderr).toBe('');
  });
});
