import { describe, expect, it } from 'vitest';
import { formatSite } from '../../../src/sim/site.ts';
import { runSql } from './run-sql.ts';

const PROGRAM = `package main

import (
	"context"
	"database/sql"
	"fmt"

	_ "github.com/go-sql-driver/mysql"
)

func leakRows(db *sql.DB) {
	rows, _ := db.Query("SELECT id FROM users")
	rows.Next()
}

func leakStmt(db *sql.DB) {
	_, _ = db.Prepare("SELECT name FROM users WHERE id = ?")
}

func leakTx(ctx context.Context, db *sql.DB) {
	tx, _ := db.BeginTx(ctx, nil)
	tx.Exec("UPDATE users SET name = name WHERE id = 1")
}

func leakConn(ctx context.Context, db *sql.DB) {
	conn, _ := db.Conn(ctx)
	conn.PingContext(ctx)
}

func clean(db *sql.DB) {
	rows, err := db.Query("SELECT id FROM users")
	if err != nil {
		return
	}
	defer rows.Close()
	for rows.Next() {
	}
}

func main() {
	db, _ := sql.Open("mysql", "app:secret@tcp(127.0.0.1:3306)/course")
	ctx := context.Background()
	clean(db)
	leakRows(db)
	leakStmt(db)
	leakTx(ctx, db)
	leakConn(ctx, db)
	clean(db)
	fmt.Println(db.Stats().InUse)
}
`;

describe('database/sql records where each resource was acquired', () => {
  it('the open resources after main are exactly the leaked Rows, Stmt, Tx and Conn, at their lines and columns', async () => {
    const r = await runSql(PROGRAM);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('3\n');
    const db = r.env.opened![0]!;
    const open = db.openResources().map((o) => `${o.kind} ${o.site ? formatSite(o.site) : '-'} ${o.site?.func}`).sort();
    expect(open).toEqual([
      'heldConn main.go:26:13 main.leakConn',
      'rows main.go:12:13 main.leakRows',
      'stmt main.go:17:9 main.leakStmt',
      'tx main.go:21:11 main.leakTx',
    ]);
  });

  it('the event log opens a Rows at each Query call site, and the clean helper closes its own', async () => {
    const r = await runSql(PROGRAM);
    const opens = r.world.log.ofKind('rows.open').map((e) => `${e.site?.line}:${e.site?.col}`);
    expect(opens).toEqual(['31:15', '12:13', '31:15']);
    const closes = r.world.log.ofKind('rows.close').map((e) => e.rows);
    const opened = r.world.log.ofKind('rows.open').map((e) => e.rows);
    expect(closes).toEqual([opened[0], opened[2]]);
  });

  it('a program blocked on the pool names the goroutines holding the connections', async () => {
    const r = await runSql(`package main

import (
	"database/sql"

	_ "github.com/go-sql-driver/mysql"
)

func worker(db *sql.DB, done chan bool) {
	rows, _ := db.Query("SELECT id FROM users")
	rows.Next()
	done <- true
}

func main() {
	db, _ := sql.Open("mysql", "u:p@tcp(10.0.0.9:3306)/course")
	db.SetMaxOpenConns(1)
	done := make(chan bool)
	go worker(db, done)
	<-done
	db.Query("SELECT 1")
}
`);
    expect(r.outcome).toBe('deadlock');
    const { poolHangReport } = await import('../../../src/go/std/sql/ownership.ts');
    const report = poolHangReport(r.world, r.env.opened!)!;
    expect(report).toContain('real Go would hang here forever');
    expect(report).toContain('goroutine 1 waits at main.go:21:2');
    expect(report).toMatch(/connection \d+ is held by goroutine 2: \*sql\.Rows acquired at main\.go:10:13 in main\.worker/);
  });
});
