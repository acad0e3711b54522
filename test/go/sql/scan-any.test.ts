// Scan into an `any` gives the driver's value with its Go type: a DATETIME with parseTime=true is a time.Time
// (as database/sql's convertAssign copies the driver.Value into *any), not nil.
import { describe, expect, it } from 'vitest';
import { runSql } from './run-sql.ts';

const PROGRAM = `package main

import (
	"database/sql"
	"fmt"

	_ "github.com/go-sql-driver/mysql"
)

func main() {
	db, err := sql.Open("mysql", "app:pw@tcp(127.0.0.1:3306)/course?parseTime=true")
	if err != nil {
		panic(err)
	}
	defer db.Close()
	if _, err := db.Exec("CREATE TABLE t(d DATETIME NOT NULL)"); err != nil {
		panic(err)
	}
	if _, err := db.Exec("INSERT INTO t VALUES ('2001-02-03 04:05:06')"); err != nil {
		panic(err)
	}
	var a, n any
	err = db.QueryRow("SELECT d, NULL FROM t").Scan(&a, &n)
	fmt.Printf("%v %T %T\\n", err, a, n)
	fmt.Println(a, n)
}
`;

describe('Scan into any', () => {
  it('a DATETIME with parseTime=true arrives as a time.Time, NULL as nil', async () => {
    const r = await runSql(PROGRAM);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('<nil> time.Time <nil>\n2001-02-03 04:05:06 +0000 UTC <nil>\n');
  });
});
