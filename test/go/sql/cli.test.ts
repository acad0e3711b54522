import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'leakproof-sql-cli-'));
const cli = join(import.meta.dirname, '../../../src/cli/leakproof.ts');
const tsx = join(import.meta.dirname, '../../../node_modules/.bin/tsx');

function cliRun(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(tsx, [cli, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const PROGRAM = `package main

import (
	"database/sql"
	"errors"
	"fmt"

	"github.com/go-sql-driver/mysql"
)

func main() {
	db, err := sql.Open("mysql", "shop:pw@tcp(db.internal:3306)/course?parseTime=true")
	if err != nil {
		panic(err)
	}
	defer db.Close()
	var n int
	err = db.QueryRow("SELECT COUNT(*) FROM users").Scan(&n)
	var me *mysql.MySQLError
	fmt.Println(n, err, errors.As(err, &me) && me.Number == 1146)
}
`;

describe('leakproof run with database/sql', () => {
  it('reaches the course database at any DSN address', () => {
    writeFileSync(join(dir, 'main.go'), PROGRAM);
    const r = cliRun(['run', join(dir, 'main.go')]);
    expect(r).toEqual({ code: 0, stdout: '50 <nil> false\n', stderr: '' });
  });

  it('--faults injects the plan server error, seen as *mysql.MySQLError', () => {
    writeFileSync(join(dir, 'main.go'), PROGRAM);
    writeFileSync(join(dir, 'plan.json'), JSON.stringify({ rules: [{ on: 'query', sql: 'FROM users', inject: { kind: 'error', number: 1146, sqlState: '42S02', message: "Table 'course.users' doesn't exist" } }] }));
    const r = cliRun(['run', join(dir, 'main.go'), '--faults', join(dir, 'plan.json')]);
    expect(r.stdout).toBe("0 Error 1146 (42S02): Table 'course.users' doesn't exist true\n");
    expect(r.code).toBe(0);
  });

  it('--faults with a malformed plan names the field and exits 2', () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ rules: [{ on: 'query', inject: { kind: 'error', number: 1146, sqlState: 'x', message: 'm' } }] }));
    const r = cliRun(['run', join(dir, 'main.go'), '--faults', join(dir, 'bad.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fault plan: rules[0].inject.sqlState');
  });
});

describe('leakproof run with a net/http server', () => {
  it('serves the simulated clients and reports their requests on stderr in the runner\'s voice, after the program ends', () => {
    const server = [
      'package main', '', 'import (', '\t"fmt"', '\t"log"', '\t"net/http"', ')', '',
      'func main() {',
      '\thttp.HandleFunc("/hello", func(w http.ResponseWriter, r *http.Request) {',
      '\t\tif r.URL.Query().Get("x") == "" {',
      '\t\t\thttp.Error(w, "no x", http.StatusBadRequest)',
      '\t\t\treturn',
      '\t\t}',
      '\t\tfmt.Fprintln(w, "hi")',
      '\t})',
      '\tfmt.Println("listening")',
      '\tlog.Fatal(http.ListenAndServe(":8080", nil))',
      '}', '',
    ].join('\n');
    writeFileSync(join(dir, 'server.go'), server);
    const r = cliRun(['run', join(dir, 'server.go')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('listening\n');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Runner: nothing listens on a real port\. 3 simulated clients sent requests to 127\.0\.0\.1:8080/);
    expect(lines.filter((l) => /^#\d at /.test(l))).toEqual([
      '#1 at 0.000 s: GET /hello → 400 Bad Request (text/plain; charset=utf-8, 5 bytes, in 0.000 s)',
      '#2 at 0.100 s: GET /hello → 400 Bad Request (text/plain; charset=utf-8, 5 bytes, in 0.000 s)',
      '#3 at 0.200 s: GET /hello → 400 Bad Request (text/plain; charset=utf-8, 5 bytes, in 0.000 s)',
    ]);
    expect(lines.at(-1)).toMatch(/^Runner: stopped the program at 0\.700 s of virtual time/);
  });
});

describe('leakproof check', () => {
  it('exits 2 with Go diagnostics when the file does not compile', () => {
    writeFileSync(join(dir, 'broken.go'), 'package main\n\nfunc main() {\n\tx := 1\n}\n');
    const r = cliRun(['check', 'query-helper', join(dir, 'broken.go')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('./main.go:4:2: declared and not used: x');
  });
});
