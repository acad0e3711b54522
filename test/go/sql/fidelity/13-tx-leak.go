// Fidelity 13 in the subset: BeginTx without Commit/Rollback (holding a row lock); BeginTx(ctx) then cancel;
// BeginTx with a 500 ms timeout. Expected output: the results of data/fidelity/traces/modern/13-tx-leak.json
// (the INNODB_TRX counts, read there through a monitor account, are left out; the app account kills its
// own leaked sessions where the trace used the monitor).
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
	fmt.Printf("%s: MaxOpen=%d Open=%d InUse=%d Idle=%d WaitCount=%d\n", label, s.MaxOpenConnections, s.OpenConnections, s.InUse, s.Idle, s.WaitCount)
}

func main() {
	dsn := "gtapp:gtapp-pw-1@tcp(127.0.0.1:3399)/course"
	db, _ := sql.Open("mysql", dsn)
	db.SetMaxOpenConns(3)
	var leaked []int64
	for i := 1; i <= 3; i++ {
		tx, err := db.BeginTx(context.Background(), nil)
		if err != nil {
			fmt.Println("begin:", err)
			continue
		}
		if _, err := tx.Exec("UPDATE users SET name=name WHERE id=?", i); err != nil {
			fmt.Println("update:", err)
		}
		var id int64
		tx.QueryRow("SELECT CONNECTION_ID()").Scan(&id)
		leaked = append(leaked, id)
	}
	stats("A", db)
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	_, err := db.BeginTx(ctx, nil)
	cancel()
	fmt.Println("A 4th begin:", err)
	db2, _ := sql.Open("mysql", dsn)
	c2, _ := db2.Conn(context.Background())
	c2.ExecContext(context.Background(), "SET SESSION innodb_lock_wait_timeout=1")
	_, err = c2.ExecContext(context.Background(), "UPDATE users SET name=name WHERE id=1")
	fmt.Println("A other session update:", err)
	for _, id := range leaked {
		// what the trace's KillAppConns did through its monitor account
		if _, err := c2.ExecContext(context.Background(), fmt.Sprintf("KILL %d", id)); err != nil {
			fmt.Println("kill:", err)
		}
	}
	c2.Close()
	db2.Close()
	db.Close()

	db, _ = sql.Open("mysql", dsn)
	db.SetMaxOpenConns(3)
	ctx, cancel = context.WithCancel(context.Background())
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		fmt.Println("begin:", err)
	}
	tx.Exec("UPDATE users SET name=name WHERE id=1")
	stats("B before cancel", db)
	cancel()
	stats("B immediately after cancel", db)
	time.Sleep(50 * time.Millisecond)
	stats("B cancel+50ms", db)
	fmt.Println("B commit after cancel:", tx.Commit())
	fmt.Println("B rollback after cancel:", tx.Rollback())
	db.Close()

	db, _ = sql.Open("mysql", dsn)
	db.SetMaxOpenConns(3)
	ctx, cancel = context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	tx, err = db.BeginTx(ctx, nil)
	if err != nil {
		fmt.Println("begin:", err)
	}
	tx.Exec("UPDATE users SET name=name WHERE id=2")
	time.Sleep(400 * time.Millisecond)
	stats("C t=400ms", db)
	time.Sleep(200 * time.Millisecond)
	stats("C t=600ms", db)
	fmt.Println("C commit after timeout:", tx.Commit())
	db.Close()
}
