// Fidelity 05 in the subset: an early return on a Scan error without rows.Close().
// Expected output: data/fidelity/traces/modern/05-pattern3-return-without-close.json (results), durations rounded.
package main

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	_ "github.com/go-sql-driver/mysql"
)

func getUsers(ctx context.Context, db *sql.DB, useCtx bool) (int, error) {
	var rows *sql.Rows
	var err error
	if useCtx {
		rows, err = db.QueryContext(ctx, "SELECT id, name FROM users ORDER BY id")
	} else {
		rows, err = db.Query("SELECT id, name FROM users ORDER BY id")
	}
	if err != nil {
		return 0, err
	}
	n := 0
	for rows.Next() {
		var id int
		var name int // BUG: name is VARCHAR -> Scan error
		if err := rows.Scan(&id, &name); err != nil {
			return n, err // BUG under test: returns without rows.Close()
		}
		n++
	}
	return n, rows.Close()
}

func stats(label string, db *sql.DB) {
	s := db.Stats()
	fmt.Printf("%s: MaxOpen=%d Open=%d InUse=%d Idle=%d WaitCount=%d WaitDuration=%v\n", label,
		s.MaxOpenConnections, s.OpenConnections, s.InUse, s.Idle, s.WaitCount, s.WaitDuration.Round(100*time.Millisecond))
}

func main() {
	dsn := "gtapp:gtapp-pw-1@tcp(127.0.0.1:3399)/course"
	db, _ := sql.Open("mysql", dsn)
	db.SetMaxOpenConns(5)
	for i := 1; i <= 5; i++ {
		_, err := getUsers(context.Background(), db, false)
		if i == 1 {
			fmt.Println("scan_error:", err)
		}
	}
	stats("A after 5 calls", db)
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	st := time.Now()
	_, err := getUsers(ctx, db, true)
	cancel()
	fmt.Println("A 6th call:", err, time.Since(st).Round(100*time.Millisecond))
	stats("A after 6th", db)
	db.Close()

	db, _ = sql.Open("mysql", dsn)
	db.SetMaxOpenConns(5)
	for i := 1; i <= 10; i++ {
		func() {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			getUsers(ctx, db, true)
		}()
	}
	stats("B after 10 calls", db)
	time.Sleep(300 * time.Millisecond)
	stats("B after 10 calls + 300ms", db)
	db.Close()
}
