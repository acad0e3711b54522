// Fidelity 06 in the subset (variants A and B; C and D use a real net/http server): a panic after Query,
// recovered by the caller, with and without a deferred rows.Close(). Expected output: the results of
// data/fidelity/traces/modern/06-pattern4-panic-recovered.json.
package main

import (
	"context"
	"database/sql"
	"fmt"

	_ "github.com/go-sql-driver/mysql"
)

func handler(ctx context.Context, db *sql.DB, deferClose bool) {
	rows, err := db.QueryContext(ctx, "SELECT id, name FROM users ORDER BY id")
	if err != nil {
		panic(err)
	}
	if deferClose {
		defer rows.Close()
	}
	rows.Next()
	panic("boom: handler bug after Query")
}

func callRecovered(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	f()
}

func main() {
	for _, deferClose := range []bool{false, true} {
		db, _ := sql.Open("mysql", "gtapp:gtapp-pw-1@tcp(127.0.0.1:3399)/course")
		db.SetMaxOpenConns(5)
		for i := 1; i <= 3; i++ {
			callRecovered(func() { handler(context.Background(), db, deferClose) })
		}
		s := db.Stats()
		fmt.Printf("defer Close %v: MaxOpen=%d Open=%d InUse=%d Idle=%d WaitCount=%d\n", deferClose, s.MaxOpenConnections, s.OpenConnections, s.InUse, s.Idle, s.WaitCount)
		db.Close()
	}
}
