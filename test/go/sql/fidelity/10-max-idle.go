// Fidelity 10 in the subset: MaxOpen=10 with MaxIdle 2 / default / 0 / 10; 10 concurrent SELECT SLEEP(0.2);
// the pool after release and 200 ms later. Expected output: the results of
// data/fidelity/traces/modern/10-max-idle.json.
package main

import (
	"database/sql"
	"fmt"
	"sync"
	"time"

	_ "github.com/go-sql-driver/mysql"
)

func stats(label string, db *sql.DB) {
	s := db.Stats()
	fmt.Printf("%s: MaxOpen=%d Open=%d InUse=%d Idle=%d MaxIdleClosed=%d\n", label, s.MaxOpenConnections, s.OpenConnections, s.InUse, s.Idle, s.MaxIdleClosed)
}

func main() {
	for _, v := range []struct {
		name    string
		maxIdle int // -2 = leave default
	}{{"A-MaxIdle=2", 2}, {"B-MaxIdle-default(unset)", -2}, {"C-MaxIdle=0", 0}, {"D-MaxIdle=10", 10}} {
		db, _ := sql.Open("mysql", "gtapp:gtapp-pw-1@tcp(127.0.0.1:3399)/course")
		db.SetMaxOpenConns(10)
		if v.maxIdle != -2 {
			db.SetMaxIdleConns(v.maxIdle)
		}
		var wg sync.WaitGroup
		start := make(chan struct{})
		errs := make([]string, 10)
		for i := 0; i < 10; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				<-start
				var x int
				if err := db.QueryRow("SELECT SLEEP(0.2)").Scan(&x); err != nil {
					errs[i] = err.Error()
				}
			}(i)
		}
		close(start)
		wg.Wait()
		for _, e := range errs {
			if e != "" {
				fmt.Println("error:", e)
			}
		}
		stats(v.name+" after release", db)
		time.Sleep(200 * time.Millisecond)
		stats(v.name+" after release+200ms", db)
		db.Close()
	}
}
