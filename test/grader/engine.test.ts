import { beforeAll, describe, expect, it } from 'vitest';
import { createGoEngine } from '../../src/grader/engine/go-engine.ts';
import { gradeSubmission, type ScenarioEngine } from '../../src/grader/grade.ts';
import { loadExercise, type Exercise } from '../../src/grader/loader.ts';
import { loadSqlJs } from '../../src/cli/sim-stack.ts';
import { readExercise } from '../exercises/read-exercise.ts';

let engine: ScenarioEngine<unknown>;
let ex: Exercise;
beforeAll(async () => {
  engine = createGoEngine(await loadSqlJs()) as ScenarioEngine<unknown>;
  const r = loadExercise(await readExercise('query-helper'));
  if (!r.ok) throw new Error('query-helper does not load');
  ex = r.exercise;
});

describe('the Go engine', () => {
  it('grades the reference solution as passing', () => {
    const report = gradeSubmission(engine, ex, ex.solution);
    const failing = report.scenarios.filter((s) => !s.passed).map((s) => `${s.name}@${s.seed}: ${s.reason ?? ''} ${JSON.stringify(s.checks.filter((c) => !c.passed))}`.slice(0, 600));
    expect(failing).toEqual([]);
  });

  const entry = (body: string, extraImports = '') => `package main

import (
	"context"
	"database/sql"
${extraImports}
	_ "github.com/go-sql-driver/mysql"
)

func ActiveEmails(ctx context.Context, db *sql.DB, keep func(email string) bool) ([]string, error) {
${body}
}

func main() {}
`;
  const one = (src: string) => gradeSubmission(engine, ex, src, { only: ['happy-path/background'], seed: 7 }).scenarios[0]!;

  it('an endless loop fails that scenario on the step budget, with the reason', () => {
    const s = one(entry('\tfor {\n\t}'));
    expect(s.passed).toBe(false);
    expect(s.outcome).toBe('steps');
  });

  it('log.Fatal fails the scenario as an exit', () => {
    const s = one(entry('\tlog.Fatal("boom")\n\treturn nil, nil', '\t"log"\n'));
    expect(s.outcome).toBe('exit');
    expect(s.reason).toContain('log.Fatal or os.Exit');
  });

  it('changing the pool limits is refused', () => {
    const s = one(entry('\tdb.SetMaxOpenConns(100)\n\treturn nil, nil'));
    expect(s.passed).toBe(false);
    expect(s.outcome).toBe('forbidden');
    expect(s.reason).toBe("main.go:11:2: your code calls db.SetMaxOpenConns(100) in 5 of 5 calls (first call 1: ActiveEmails(ctx, db, func)); the scenario sets the pool's limits, so it fails");
  });

  it('opening a pool of its own is refused, naming the sql.Open call site and how many calls did it', () => {
    const s = one(entry('\tdb2, err := sql.Open("mysql", "app:secret@tcp(127.0.0.1:3306)/course")\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tdefer db2.Close()\n\treturn nil, nil'));
    expect(s.outcome).toBe('forbidden');
    expect(s.reason).toBe('main.go:11:14: your code opens its own *sql.DB with sql.Open in 5 of 5 calls (first call 1: ActiveEmails(ctx, db, func)) instead of using the one it is given, so it fails');
  });

  it('an early return without Close leaks the Rows at the line and column of the QueryContext call', () => {
    const s = one(entry('\trows, err := db.QueryContext(ctx, "SELECT email FROM users ORDER BY id")\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tvar out []string\n\tfor rows.Next() {\n\t\tvar e string\n\t\trows.Scan(&e)\n\t\tif keep(e) {\n\t\t\treturn append(out, e), nil\n\t\t}\n\t}\n\treturn out, nil'));
    const leaks = s.checks.find((c) => c.check === 'noLeaks')!.evidence;
    expect(leaks.length).toBeGreaterThan(0);
    for (const e of leaks) if (e.kind === 'leak') expect(e.site).toEqual({ file: 'main.go', line: 11, col: 15, func: 'main.ActiveEmails' });
  });
});
