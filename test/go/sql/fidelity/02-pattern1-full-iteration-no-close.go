// Fidelity 02 in the subset: iterating all 50 rows without rows.Close(): the Rows closes itself at the end,
// so nothing leaks; 10 calls, MaxOpen=5. Expected output: the results of
// data/fidelity/traces/modern/02-pattern1-full-iteration-no-close.json.
package main

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	_ "github.com/go-sql-driver/mysql"
)

func main() {
	for _, withCtx := range []bool{false, true} {
		name := "A-db.Query"
		if withCtx {
			name = "B-QueryContext-2s-never-cancelled"
		}
		db, _ := sql.Open("mysql", "gtapp:gtapp-pw-1@tcp(127.0.0.1:3399)/course")
		db.SetMaxOpenConns(5)
		var counts []int
		for i := 1; i <= 10; i++ {
			var n int
			var err error
			if withCtx {
				ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
				defer cancel()
				rows, e := db.QueryContext(ctx, "SELECT id, name, email FROM users ORDER BY id")
				err = e
				if e == nil {
					for rows.Next() {
						n++
					}
				}
			} else {
				rows, e := db.Query("SELECT id, name, email FROM users ORDER BY id")
				err = e
				if e == nil {
					for rows.Next() {
						n++
					}
				}
			}
			if err != nil {
				fmt.Println("query:", err)
			}
			counts = append(counts, n)
		}
		s := db.Stats()
		fmt.Printf("%s: rows per call %v; MaxOpen=%d Open=%d InUse=%d Idle=%d WaitCount=%d\n", name, counts,
			s.MaxOpenConnections, s.OpenConnections, s.InUse, s.Idle, s.WaitCount)
		db.Close()
	}
}
