import { describe, expect, it } from 'vitest';
import { parseSignature } from '../../src/grader/go-signature.ts';
import { declaredSignature, parseMistakeHeader } from '../../src/grader/go-source.ts';
import { ScenarioSpec, ScenarioList } from '../../src/grader/scenario.ts';
import { parseExerciseBody } from '../../src/grader/exercise.ts';
import { COURSE_COLUMNS, formatProblem, loadExercise, type ExerciseFiles } from '../../src/grader/loader.ts';
import { COURSE_SCHEMA } from '../../src/mysql/seed-data.ts';
import { bothContexts } from '../../src/grader/define.ts';

describe('Go signatures', () => {
  it('parses functions and methods, grouped names and func-typed parameters, and prints them as gofmt does', () => {
    const r = parseSignature('func  FindUser(ctx context.Context, db *sql.DB, name string)  (int, error)');
    expect(r).toMatchObject({ ok: true, sig: { name: 'FindUser', results: [{ name: '', type: 'int' }, { name: '', type: 'error' }] } });
    expect(r.ok && r.sig.text).toBe('func FindUser(ctx context.Context, db *sql.DB, name string) (int, error)');
    const m = parseSignature('func (s *Server) Latest(w http.ResponseWriter, r *http.Request)');
    expect(m).toMatchObject({ ok: true, sig: { receiver: { name: 's', type: '*Server' }, params: [{ name: 'w', type: 'http.ResponseWriter' }, { name: 'r', type: '*http.Request' }] } });
    const g = parseSignature('func Render(a, b string, each func(name string, n int) error) error');
    expect(g.ok && g.sig.params).toEqual([
      { name: 'a', type: 'string' },
      { name: 'b', type: 'string' },
      { name: 'each', type: 'func(name string, n int) error' },
    ]);
    expect(g.ok && g.sig.text).toBe('func Render(a, b string, each func(name string, n int) error) error');
  });

  it('rejects text that is not a signature, saying why', () => {
    expect(parseSignature('FindUser(ctx context.Context)')).toEqual({ ok: false, error: 'a signature starts with "func"' });
    expect(parseSignature('func F(a, b int, c) error')).toEqual({ ok: false, error: 'parameters: c has no type' });
    expect(parseSignature('func F(x int) int {')).toMatchObject({ ok: false });
  });

  it('finds the declared signature in a Go file, skipping comments and strings', () => {
    const src = 'package main\n\n// func FindUser(x int)\nvar s = "func FindUser()"\n\nfunc FindUser(ctx context.Context,\n\tdb *sql.DB, name string) (int, error) {\n\treturn 0, nil\n}\n\nfunc (s *Server) Get(w http.ResponseWriter, r *http.Request) {}\n';
    expect(declaredSignature(src, 'FindUser')?.text).toBe('func FindUser(ctx context.Context, db *sql.DB, name string) (int, error)');
    expect(declaredSignature(src, 'Get', '*Server')?.text).toBe('func (s *Server) Get(w http.ResponseWriter, r *http.Request)');
    expect(declaredSignature(src, 'Get')).toBeUndefined();
  });

  it('reads a mistake header and rejects unknown checks', () => {
    expect(parseMistakeHeader('// Mistake: rows.Close() at the end\n// Check: noLeaks\n// Scenarios: scan-error/background\npackage main')).toEqual({
      ok: true,
      header: { mistake: 'rows.Close() at the end', check: 'noLeaks', scenarios: ['scan-error/background'] },
    });
    expect(parseMistakeHeader('// Mistake: x\n// Check: leakFree\n')).toMatchObject({ ok: false, error: expect.stringContaining('"leakFree" is not a check') });
  });
});

const base = {
  name: 'happy-path',
  title: 'the user exists',
  covers: ['happy-path'],
  seed: 1,
  drive: { kind: 'call', entry: 'FindUser', args: [{ kind: 'context' }, { kind: 'db' }, { kind: 'pick', table: 'users', column: 'name' }], calls: 10 },
  checks: [{ check: 'noLeaks' }],
} as const;

describe('scenarios', () => {
  it('fills defaults and accepts a fault plan in the simulator format', () => {
    const s = ScenarioSpec.parse({ ...base, faults: { rules: [{ on: 'query', sql: 'users', inject: { kind: 'drop' } }] } });
    expect(s.seeds).toBe(2);
    expect(s.pool).toEqual({ maxOpen: 0, maxLifetimeMs: 0, maxIdleTimeMs: 0, dsnParams: {} });
    expect(s.drive.kind === 'call' && s.drive.context).toEqual({ kind: 'background' });
    expect(s.faults.rules[0]).toMatchObject({ occurrence: 1, times: 1 });
  });

  it('names the field that is wrong', () => {
    const bad = ScenarioList.safeParse([
      { ...base, checks: [{ check: 'deadlineRespected' }] },
      { ...base, covers: ['burst-over-max-open'], faults: { rules: [{ on: 'row', inject: { kind: 'drop' } }] } },
      { ...base },
    ]);
    expect(bad.success).toBe(false);
    const issues = bad.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toContain('0.checks.0: deadlineRespected needs a context with a deadline (drive.context deadline or request timeoutMs, or clientTimeoutMs)');
    expect(issues).toContain('1.faults.rules.0.row: a rule on "row" needs row (1-based)');
    expect(issues).toContain('1.drive.concurrency: a burst over MaxOpen needs pool.maxOpen > 0 and drive.concurrency above it');
    const dup = ScenarioList.safeParse([base, base]);
    expect(dup.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['1.name: duplicate scenario name "happy-path" (also at [0])']);
  });

  it('bothContexts makes a background and a request-scoped variant', () => {
    const [bg, req] = bothContexts({ ...base, drive: { ...base.drive, args: [...base.drive.args] }, covers: ['happy-path'], checks: [{ check: 'noLeaks' }] });
    expect([bg!.name, req!.name]).toEqual(['happy-path/background', 'happy-path/request']);
    expect(req!.drive.kind === 'call' && req!.drive.context).toEqual({ kind: 'request' });
  });
});

describe('exercise.md body', () => {
  it('splits the prompt and three hints, and wants a question first and code last', () => {
    const ok = parseExerciseBody('Fix it.\n\n## Hint 1\n\nWhat happens on return?\n\n## Hint 2\n\nDefer.\n\n## Hint 3\n\n```go\ndefer rows.Close()\n```\n');
    expect(ok).toEqual({ ok: true, body: { prompt: 'Fix it.', hints: ['What happens on return?', 'Defer.', '```go\ndefer rows.Close()\n```'] } });
    const bad = parseExerciseBody('## Hint 1\n\nDefer it.\n\n## Hint 2\n\nx\n');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems.map((p) => p.field)).toEqual(['prompt', 'hints', 'hint 1']);
  });
});

const GO = (body: string) => `package main\n\nimport (\n\t"context"\n\t"database/sql"\n)\n\nfunc FindUser(ctx context.Context, db *sql.DB, name string) (int, error) {\n${body}\n}\n\nfunc main() {}\n`;
const files = (over: Partial<ExerciseFiles> = {}): ExerciseFiles => ({
  slug: 'first-match',
  exerciseMd: '---\nkind: go\ntitle: Fix the first-match lookup\nlesson: rows-never-closed\norder: 2\nentry: "func FindUser(ctx context.Context, db *sql.DB, name string) (int, error)"\n---\nFix it.\n\n## Hint 1\n\nWhy?\n\n## Hint 2\n\nDefer.\n\n## Hint 3\n\n```go\ndefer rows.Close()\n```\n',
  starter: GO('\treturn 0, nil'),
  solution: GO('\treturn 1, nil'),
  mistakes: Object.fromEntries(['a', 'b', 'c'].map((n) => [`${n}.go`, `// Mistake: ${n}\n// Check: noLeaks\n${GO('\treturn 2, nil')}`])),
  scenarios: [base],
  ...over,
});

describe('loadExercise', () => {
  it('loads a valid folder', () => {
    const r = loadExercise(files());
    expect(r.ok).toBe(true);
    expect(r.ok && r.exercise.entries[0]!.name).toBe('FindUser');
    expect(r.ok && r.exercise.mistakes.map((m) => m.header.check)).toEqual(['noLeaks', 'noLeaks', 'noLeaks']);
  });

  it('fails with the file, the field and what is wrong', () => {
    const r = loadExercise(
      files({
        exerciseMd: files().exerciseMd.replace('lesson: rows-never-closed', 'lesson: rows'),
        solution: GO('\treturn 1, nil').replace('name string) (int, error)', 'name string) int'),
        mistakes: { 'a.go': '// Mistake: a\n// Check: correctResult\n' + GO(''), 'b.go': GO('') },
        scenarios: [{ ...base, drive: { ...base.drive, args: [{ kind: 'db' }, { kind: 'context' }, { kind: 'literal', value: 3 }] } }],
      }),
    );
    expect(r.ok).toBe(false);
    const msgs = !r.ok ? r.problems.map((p) => formatProblem('first-match', p)) : [];
    expect(msgs).toContain('exercises/first-match/exercise.md: lesson: lesson must be one of: how-the-pool-works, rows-never-closed, ignored-error, error-paths, panics, rows-err, prepared-statements, transactions, one-pool, timeouts, configuring-the-pool, detecting-a-leak, monitoring-and-alerting, prevention, capstone');
    const ok = loadExercise(files({ solution: GO('\treturn 1, nil').replace('name string) (int, error)', 'name string) int'), mistakes: { 'a.go': '// Mistake: a\n// Check: correctResult\n' + GO(''), 'b.go': GO('') }, scenarios: [{ ...base, drive: { ...base.drive, args: [{ kind: 'db' }, { kind: 'context' }, { kind: 'literal', value: 3 }] } }] }));
    const m2 = !ok.ok ? ok.problems.map((p) => formatProblem('first-match', p)) : [];
    expect(m2).toEqual(
      expect.arrayContaining([
        'exercises/first-match/solution.go: FindUser: declares func FindUser(ctx context.Context, db *sql.DB, name string) int; the exercise\'s entry is func FindUser(ctx context.Context, db *sql.DB, name string) (int, error)',
        'exercises/first-match/mistakes: (folder): needs at least three plausible wrong fixes; found 2',
        'exercises/first-match/mistakes/a.go: Check: no scenario runs the correctResult check',
        'exercises/first-match/mistakes/b.go: header: the header comment needs a "// Mistake: ..." line saying what is wrong',
        'exercises/first-match/scenarios.ts: [0].drive.args[0]: a db argument needs a *sql.DB parameter, not context.Context',
        'exercises/first-match/scenarios.ts: [0].drive.args[1]: a context argument needs a context.Context parameter, not *sql.DB',
        'exercises/first-match/scenarios.ts: [0].drive.args[2]: the parameter is a string: give a string literal',
      ]),
    );
  });

  it('rejects a pick from a table or column the dataset does not have', () => {
    const r = loadExercise(files({ scenarios: [{ ...base, drive: { ...base.drive, args: [{ kind: 'context' }, { kind: 'db' }, { kind: 'pick', table: 'users', column: 'nick' }] } }] }));
    expect(!r.ok && r.problems.map((p) => formatProblem('first-match', p))).toEqual(['exercises/first-match/scenarios.ts: [0].drive.args[2]: table users has no column "nick" (id, name, email)']);
    const gen = loadExercise(
      files({
        scenarios: [
          {
            ...base,
            dataset: { tables: [{ name: 'accounts', columns: [{ name: 'id', sqlType: 'INT', gen: { kind: 'seq' } }], rows: 3 }] },
            drive: { ...base.drive, args: [{ kind: 'context' }, { kind: 'db' }, { kind: 'pick', table: 'acounts', column: 'id' }] },
          },
        ],
      }),
    );
    expect(!gen.ok && gen.problems[0]!.message).toBe('no table "acounts" in the dataset (users, products, orders, audit_log, accounts)');
  });

  it('knows the course database\'s columns as seed-data.ts creates them', () => {
    const fromDdl = Object.fromEntries(
      COURSE_SCHEMA.map((ddl) => {
        const m = ddl.match(/^CREATE TABLE (\w+)\((.*)\)$/)!;
        return [m[1], m[2]!.split(',').map((c) => c.trim().split(' ')[0])];
      }),
    );
    expect(COURSE_COLUMNS).toEqual(fromDdl);
  });

  it('rejects malformed YAML and Pool Lab kinds in a Go folder', () => {
    const r = loadExercise(files({ exerciseMd: '---\ntitle: [\n---\nx' }));
    expect(!r.ok && r.problems[0]).toMatchObject({ file: 'exercise.md', field: 'frontmatter', message: expect.stringContaining('invalid YAML') });
    const lab = loadExercise(files({ exerciseMd: '---\nkind: settings\ntitle: Tune it\nlesson: configuring-the-pool\norder: 11\n---\nx\n## Hint 1\nWhy?\n## Hint 2\nx\n## Hint 3\n```go\nx\n```\n' }));
    expect(!lab.ok && lab.problems).toEqual([{ file: 'exercise.md', field: 'kind', message: "a folder with Go files is a 'go' exercise; 'settings' exercises live in the Pool Lab" }]);
  });
});
