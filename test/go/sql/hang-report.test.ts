// runProgram's hang report as data: when every goroutine is blocked, RunResult.hang says which goroutines wait
// on what and where, and for each open *sql.DB who holds each connection and the line that acquired it.
import { describe, expect, it } from 'vitest';
import { compile, runProgram } from '../../../src/go/index.ts';
import { World } from '../../../src/sim/world.ts';
import { MysqlServer } from '../../../src/mysql/server.ts';
import { SqlEngine } from '../../../src/mysql/sql-engine.ts';
import { seedCourseDatabase } from '../../../src/mysql/seed-data.ts';
import { loadSqlJs } from '../../../src/cli/sim-stack.ts';
import { setSqlEnv } from '../../../src/go/std/sql/index.ts';
import { runSql } from './run-sql.ts';

const LEAK = `package main

import (
	"database/sql"
	"fmt"

	_ "github.com/go-sql-driver/mysql"
)

func main() {
	db, err := sql.Open("mysql", "app:pw@tcp(127.0.0.1:3306)/course")
	if err != nil {
		panic(err)
	}
	db.SetMaxOpenConns(1)
	rows, err := db.Query("SELECT id FROM users")
	if err != nil {
		panic(err)
	}
	_ = rows
	done := make(chan bool)
	go func() {
		var n int
		db.QueryRow("SELECT COUNT(*) FROM users").Scan(&n)
		done <- true
	}()
	<-done
	fmt.Println("unreachable")
}
`;

/** runQuiet runs a program against a course server in a world that stores no event log (as the grader's runs do). */
async function runQuiet(text: string) {
  const world = new World({ seed: 1, log: false });
  const engine = SqlEngine.create(await loadSqlJs());
  seedCourseDatabase(engine, world.rng.fork('seed-data'));
  const server = new MysqlServer(world, { engine });
  const sources = [{ name: 'main.go', text }];
  setSqlEnv(world, { network: new Map([['127.0.0.1:3306', server]]), sources, opened: [] });
  const c = compile(sources);
  if (!c.ok) throw new Error(c.diagnostics.map((d) => d.message).join('\n'));
  return runProgram(c.program, { seed: 1, world });
}

describe('runProgram reports a hang as data', () => {
  it.each([['with the event log stored', (t: string) => runSql(t)], ['without a stored event log', runQuiet]])(
    'names the waiting goroutines, the pool waiter and the goroutine and line holding the connection (%s)', async (_label, run) => {
      const r = await run(LEAK);
      expect(r.outcome).toBe('deadlock');
      const h = r.hang!;
      expect(h.hangsForever).toBe(true);
      const main = h.goroutines.find((g) => g.id === 1)!;
      expect(main).toMatchObject({ waitReason: 'chan receive', at: { file: 'main.go', line: 27, func: 'main.main' } });
      const waiter = h.goroutines.find((g) => g.id !== 1)!;
      expect(waiter).toMatchObject({ waitReason: 'select', at: { file: 'main.go', line: 24, col: 3 } });
      expect(h.goroutines).toHaveLength(2);
      expect(h.pools).toHaveLength(1);
      const p = h.pools[0]!;
      expect(waiter.pool).toBe(p.id);
      expect(p).toMatchObject({ maxOpen: 1, open: 1, inUse: 1, idle: 0, waiters: [waiter.id] });
      expect(p.holders).toEqual([{ conn: expect.any(Number), goroutine: 1, kind: 'rows', site: { file: 'main.go', line: 16, col: 15, func: 'main.main' }, at: expect.any(Number) }]);
    });

  it('says real Go would report a deadlock when no *sql.DB is open, and gives no report when the program ends', async () => {
    const c = compile([{ name: 'main.go', text: 'package main\n\nfunc main() {\n\tch := make(chan int)\n\tch <- 1\n}\n' }]);
    if (!c.ok) throw new Error('compile');
    const r = runProgram(c.program);
    expect(r.outcome).toBe('deadlock');
    expect(r.hang).toEqual({ hangsForever: false, goroutines: [{ id: 1, waitReason: 'chan send', since: 0, at: { file: 'main.go', line: 5, col: 0, func: 'main.main' } }], pools: [] });
    const ok = compile([{ name: 'main.go', text: 'package main\n\nfunc main() {}\n' }]);
    if (!ok.ok) throw new Error('compile');
    expect(runProgram(ok.program).hang).toBeUndefined();
  });
});
