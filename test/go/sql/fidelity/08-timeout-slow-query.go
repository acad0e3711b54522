// Fidelity 08 in the subset: QueryContext / ExecContext with a 200 ms deadline on a 2 s SLEEP: the error,
// the elapsed time, and the pool right after, at +2.5 s and after a follow-up query. Expected output: the
// results of data/fidelity/traces/modern/08-timeout-slow-query.json (the processlist is left out), durations
// rounded to 100 ms.
package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	_ "github.com/go-sql-driver/mysql"
)

func stats(label string, db *sql.DB) {
	s := db.Stats()
	fmt.Printf("%s: MaxOpen=%d Open=%d InUse=%d Idle=%d WaitCount=%d\n", label, s.MaxOpenConnections, s.OpenConnections, s.InUse, s.Idle, s.WaitCount)
}

func main() {
	for _, v := range []string{"A-QueryContext", "B-ExecContext(DO SLEEP(2))"} {
		db, _ := sql.Open("mysql", "gtapp:gtapp-pw-1@tcp(127.0.0.1:3399)/course")
		db.SetMaxOpenConns(5)
		db.Exec("DO 1")
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		st := time.Now()
		var err error
		if v[0] == 'A' {
			r, e := db.QueryContext(ctx, "SELECT SLEEP(2)")
			err = e
			if r != nil {
				for r.Next() {
				}
				r.Close()
			}
		} else {
			_, err = db.ExecContext(ctx, "DO SLEEP(2)")
		}
		el := time.Since(st)
		cancel()
		fmt.Printf("%s: error %v (DeadlineExceeded %v) after %v\n", v, err, errors.Is(err, context.DeadlineExceeded), el.Round(100*time.Millisecond))
		stats(v+" immediately", db)
		time.Sleep(2500 * time.Millisecond)
		stats(v+" at 2.5s", db)
		var n int
		if err := db.QueryRow("SELECT COUNT(*) FROM users").Scan(&n); err != nil {
			fmt.Println("follow-up:", err)
		}
		stats(v+" after follow-up", db)
		db.Close()
	}
}
