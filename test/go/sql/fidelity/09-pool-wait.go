// Fidelity 09 in the subset: MaxOpen=2 and 5 goroutines, started 10 ms apart, each holding a connection about
// 300 ms (A: a SELECT SLEEP(0.3); B: a *sql.Conn kept 300 ms). Expected output: the snapshots and results of
// data/fidelity/traces/modern/09-pool-wait.json. Which waiter gets a freed connection is random in Go 1.23 (so
// which goroutine waits twice is run-dependent), so the program prints the goroutines' acquire and end times
// sorted and rounded to 100 ms, and WaitDuration rounded to 100 ms (1118 ms and 1122 ms in the trace: the sum
// of the waits does not depend on who was picked).
package main

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"sync"
	"time"

	_ "github.com/go-sql-driver/mysql"
)

func stats(label string, db *sql.DB) {
	s := db.Stats()
	fmt.Printf("%s: MaxOpen=%d Open=%d InUse=%d Idle=%d WaitCount=%d WaitDuration=%v\n", label,
		s.MaxOpenConnections, s.OpenConnections, s.InUse, s.Idle, s.WaitCount, s.WaitDuration.Round(100*time.Millisecond))
}

func sorted(ds []time.Duration) []time.Duration {
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	for i := range ds {
		ds[i] = ds[i].Round(100 * time.Millisecond)
	}
	return ds
}

func main() {
	for _, v := range []string{"A", "B"} {
		db, _ := sql.Open("mysql", "gtapp:gtapp-pw-1@tcp(127.0.0.1:3399)/course")
		db.SetMaxOpenConns(2)
		t0 := time.Now()
		var mu sync.Mutex
		var acquired, ended []time.Duration
		errs := 0
		var wg sync.WaitGroup
		for i := 0; i < 5; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var err error
				if v == "A" {
					var x int
					err = db.QueryRow("SELECT SLEEP(0.3)").Scan(&x)
				} else {
					var c *sql.Conn
					c, err = db.Conn(context.Background())
					if err == nil {
						mu.Lock()
						acquired = append(acquired, time.Since(t0))
						mu.Unlock()
						time.Sleep(300 * time.Millisecond)
						c.Close()
					}
				}
				mu.Lock()
				if err != nil {
					errs++
				}
				ended = append(ended, time.Since(t0))
				mu.Unlock()
			}()
			time.Sleep(10 * time.Millisecond)
		}
		time.Sleep(100 * time.Millisecond)
		stats(v+" while waiting (+150ms)", db)
		wg.Wait()
		stats(v+" after all finished", db)
		if v == "B" {
			fmt.Println(v, "acquired at:", sorted(acquired))
		}
		fmt.Println(v, "ended at:", sorted(ended), "errors:", errs)
		db.Close()
	}
}
