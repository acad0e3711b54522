// Fidelity 11 in the subset: 3 connections opened, then idle, under ConnMaxLifetime=300ms and/or
// ConnMaxIdleTime=200ms (the cleaner's 1 s floor decides when they go), and a reuse at 500 ms. Expected
// output: the series in data/fidelity/traces/modern/11-lifetime.json.
package main

import (
	"database/sql"
	"fmt"
	"sync"
	"time"

	_ "github.com/go-sql-driver/mysql"
)

func main() {
	type cfg struct {
		name      string
		life, idl time.Duration
		reuseAt   time.Duration // 0 = no reuse
	}
	for _, c := range []cfg{
		{"A-lifetime300ms+idletime200ms", 300 * time.Millisecond, 200 * time.Millisecond, 0},
		{"B-lifetime300ms-only", 300 * time.Millisecond, 0, 0},
		{"C-idletime200ms-only", 0, 200 * time.Millisecond, 0},
		{"D-lifetime300ms-only+reuse-at-500ms", 300 * time.Millisecond, 0, 500 * time.Millisecond},
	} {
		fmt.Println(c.name)
		db, _ := sql.Open("mysql", "gtapp:gtapp-pw-1@tcp(127.0.0.1:3399)/course")
		db.SetMaxOpenConns(10)
		db.SetMaxIdleConns(10)
		db.SetConnMaxLifetime(c.life)
		db.SetConnMaxIdleTime(c.idl)
		var wg sync.WaitGroup
		for i := 0; i < 3; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var x int
				db.QueryRow("SELECT SLEEP(0.05)").Scan(&x)
			}()
		}
		wg.Wait()
		t0 := time.Now()
		reused := false
		for _, at := range []time.Duration{100, 250, 400, 600, 800, 950, 1050, 1200, 1500, 2100} {
			at = at * time.Millisecond
			if c.reuseAt > 0 && !reused && at > c.reuseAt {
				time.Sleep(c.reuseAt - time.Since(t0))
				var x int
				if err := db.QueryRow("SELECT 1").Scan(&x); err != nil {
					fmt.Println("reuse:", err)
				}
				reused = true
			}
			time.Sleep(at - time.Since(t0))
			s := db.Stats()
			fmt.Printf("  %d open %d idle %d life %d idleT %d maxIdle %d\n", at/time.Millisecond, s.OpenConnections, s.Idle, s.MaxLifetimeClosed, s.MaxIdleTimeClosed, s.MaxIdleClosed)
		}
		db.Close()
	}
}
