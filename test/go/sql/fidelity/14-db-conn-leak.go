// Fidelity 14 in the subset: db.Conn(ctx) without Close; MaxOpen=3; a 4th Conn with a 1 s timeout; the
// acquiring context's cancel does not release a Conn. Expected output: the results of
// data/fidelity/traces/modern/14-db-conn-leak.json, durations rounded to 100 ms.
package main

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	_ "github.com/go-sql-driver/mysql"
)

func stats(label string, db *sql.DB) {
	s := db.Stats()
	fmt.Printf("%s: MaxOpen=%d Open=%d InUse=%d Idle=%d WaitCount=%d WaitDuration=%v\n", label,
		s.MaxOpenConnections, s.OpenConnections, s.InUse, s.Idle, s.WaitCount, s.WaitDuration.Round(100*time.Millisecond))
}

func main() {
	dsn := "gtapp:gtapp-pw-1@tcp(127.0.0.1:3399)/course"
	db, _ := sql.Open("mysql", dsn)
	db.SetMaxOpenConns(3)
	for i := 1; i <= 3; i++ {
		c, err := db.Conn(context.Background())
		if err != nil {
			fmt.Println("db.Conn:", err)
		}
		var x int
		c.QueryRowContext(context.Background(), "SELECT 1").Scan(&x)
	}
	stats("A after 3 leaked", db)
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	_, err := db.Conn(ctx)
	cancel()
	fmt.Println("A 4th conn:", err)
	ctx, cancel = context.WithTimeout(context.Background(), time.Second)
	_, err = db.QueryContext(ctx, "SELECT 1")
	cancel()
	fmt.Println("A query while exhausted:", err)
	stats("A after 4th", db)
	db.Close()

	db, _ = sql.Open("mysql", dsn)
	db.SetMaxOpenConns(3)
	ctx, cancel = context.WithCancel(context.Background())
	c, err := db.Conn(ctx)
	if err != nil {
		fmt.Println("db.Conn:", err)
	}
	cancel()
	time.Sleep(100 * time.Millisecond)
	stats("B after ctx cancel + 100ms", db)
	var x int
	err = c.QueryRowContext(context.Background(), "SELECT 1").Scan(&x)
	fmt.Println("B conn usable after cancel:", err, x)
	c.Close()
	stats("B after Close", db)
	err = c.QueryRowContext(context.Background(), "SELECT 1").Scan(&x)
	fmt.Println("B query on closed Conn:", err)
	db.Close()
}
