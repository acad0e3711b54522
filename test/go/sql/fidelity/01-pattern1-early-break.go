// Fidelity 01 in the subset: Query, read 1 of 50 rows, return without rows.Close(); 10 calls, MaxOpen=5;
// variants differ in how each call's context ends. Expected output: the calls recorded in
// data/fidelity/traces/modern/01-pattern1-early-break.json (timings left out). Variant B (a burst whose
// 2 s contexts all end together) is left out: the simulator does not reproduce it yet (test/fidelity/01 neither).
package main

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	_ "github.com/go-sql-driver/mysql"
)

const q = "SELECT id, name, email FROM users ORDER BY id"

func leakOnce(db *sql.DB, ctx context.Context, i int) {
	line := fmt.Sprintf("  %d", i)
	rows, err := db.QueryContext(ctx, q)
	if err != nil {
		line += " err " + err.Error()
	} else {
		id := 0
		if rows.Next() {
			var name, email string
			rows.Scan(&id, &name, &email)
		}
		line += fmt.Sprintf(" ok first_id %d", id)
		// BUG under test: no rows.Close()
	}
	s := db.Stats()
	fmt.Printf("%s inuse %d open %d idle %d waitcount %d\n", line, s.InUse, s.OpenConnections, s.Idle, s.WaitCount)
}

func newDB() *sql.DB {
	db, _ := sql.Open("mysql", "gtapp:gtapp-pw-1@tcp(127.0.0.1:3399)/course")
	db.SetMaxOpenConns(5)
	return db
}

func main() {
	fmt.Println("A")
	db := newDB()
	var cancels []context.CancelFunc
	for i := 1; i <= 10; i++ {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		cancels = append(cancels, cancel)
		leakOnce(db, ctx, i)
		time.Sleep(50 * time.Millisecond)
	}
	for _, c := range cancels {
		c()
	}
	db.Close()

	fmt.Println("C")
	db = newDB()
	for i := 1; i <= 10; i++ {
		func() {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			leakOnce(db, ctx, i)
		}()
	}
	time.Sleep(300 * time.Millisecond)
	s := db.Stats()
	fmt.Printf("C final: open %d inuse %d idle %d\n", s.OpenConnections, s.InUse, s.Idle)
	db.Close()

	fmt.Println("D")
	db = newDB()
	for i := 1; i <= 10; i++ {
		if i <= 5 {
			leakOnce(db, context.Background(), i)
		} else {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			leakOnce(db, ctx, i)
			cancel()
		}
	}
	s = db.Stats()
	fmt.Printf("D final: open %d inuse %d idle %d waitcount %d\n", s.OpenConnections, s.InUse, s.Idle, s.WaitCount)
	db.Close()
}
