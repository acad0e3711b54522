// Fidelity 04 in the subset: Prepare 200 times without Close, watching Prepared_stmt_count through a monitor
// connection (a second sql.Open with the monitor account, as the trace's gt helper has); then
// max_prepared_stmt_count=50 and the error when it is exceeded. Expected output: the notes and results of
// data/fidelity/traces/modern/04-pattern2-stmt-no-close.json. Left out: A_Com_stmt_prepare (923 there) counts
// every prepare the shared server ever saw, so it depends on what ran before (the simulator has no Com_*).
package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/go-sql-driver/mysql"
)

const dsn = "gtapp:gtapp-pw-1@tcp(127.0.0.1:3399)/course"

func global(mon *sql.DB, what, name string) string {
	var n, v string
	if err := mon.QueryRow("SHOW GLOBAL " + what + " LIKE '" + name + "'").Scan(&n, &v); err != nil {
		return "error: " + err.Error()
	}
	return v
}

func appSessions(mon *sql.DB) int {
	var n int
	mon.QueryRow("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE USER = 'gtapp'").Scan(&n)
	return n
}

// killApp is the trace's KillAppConns: the monitor kills every app session and waits until none is listed.
func killApp(mon *sql.DB) {
	rows, err := mon.Query("SELECT ID FROM information_schema.PROCESSLIST WHERE USER = 'gtapp'")
	if err != nil {
		return
	}
	var ids []int64
	for rows.Next() {
		var id int64
		rows.Scan(&id)
		ids = append(ids, id)
	}
	rows.Close()
	for _, id := range ids {
		mon.Exec(fmt.Sprintf("KILL %d", id))
	}
	for i := 0; i < 100 && appSessions(mon) > 0; i++ {
		time.Sleep(50 * time.Millisecond)
	}
}

func stats(label string, db *sql.DB) {
	s := db.Stats()
	fmt.Printf("%s: MaxOpen=%d Open=%d InUse=%d Idle=%d WaitCount=%d\n", label, s.MaxOpenConnections, s.OpenConnections, s.InUse, s.Idle, s.WaitCount)
}

func mysqlNumber(err error) uint16 {
	var me *mysql.MySQLError
	if errors.As(err, &me) {
		return me.Number
	}
	return 0
}

func main() {
	mon, _ := sql.Open("mysql", "gtmon:gtmon-pw-1@tcp(127.0.0.1:3399)/course")
	defer mon.Close()
	orig := global(mon, "VARIABLES", "max_prepared_stmt_count")

	fmt.Println("A Prepared_stmt_count before:", global(mon, "STATUS", "Prepared_stmt_count"))
	db, _ := sql.Open("mysql", dsn)
	db.SetMaxOpenConns(5)
	var stmts []*sql.Stmt
	for i := 1; i <= 200; i++ {
		st, err := db.Prepare("SELECT name FROM users WHERE id = ?")
		if err != nil {
			fmt.Println("A prepare", i, "failed:", err)
			break
		}
		stmts = append(stmts, st)
		if i == 1 || i == 50 || i == 100 || i == 200 {
			fmt.Printf("A Prepared_stmt_count after %d: %s\n", i, global(mon, "STATUS", "Prepared_stmt_count"))
		}
	}
	stats("A after 200 prepares", db)
	fmt.Println("A app sessions on the server:", appSessions(mon))
	// Use the first statement while its conn is held elsewhere: database/sql prepares it again on a second conn.
	c, _ := db.Conn(context.Background())
	var name string
	err := stmts[0].QueryRow(7).Scan(&name)
	fmt.Println("A stmt 1 while its conn is held:", err, name)
	fmt.Println("A Prepared_stmt_count after the re-prepare:", global(mon, "STATUS", "Prepared_stmt_count"))
	c.Close()
	stats("A after the re-prepare", db)
	db.Close()
	killApp(mon)
	fmt.Println("A Prepared_stmt_count after db.Close:", global(mon, "STATUS", "Prepared_stmt_count"))

	if _, err := mon.Exec("SET GLOBAL max_prepared_stmt_count=50"); err != nil {
		fmt.Println("B set global:", err)
	}
	fmt.Println("B max_prepared_stmt_count:", global(mon, "VARIABLES", "max_prepared_stmt_count"))
	db, _ = sql.Open("mysql", dsn)
	db.SetMaxOpenConns(5)
	for i := 1; i <= 200; i++ {
		if _, err := db.Prepare("SELECT name FROM users WHERE id = ?"); err != nil {
			fmt.Printf("B prepare %d failed: %v (MySQL error %d)\n", i, err, mysqlNumber(err))
			break
		}
	}
	stats("B after the failure", db)
	fmt.Println("B Prepared_stmt_count:", global(mon, "STATUS", "Prepared_stmt_count"))
	var n int
	err = db.QueryRow("SELECT COUNT(*) FROM users").Scan(&n)
	fmt.Println("B query without arguments:", err, n)
	err = db.QueryRow("SELECT name FROM users WHERE id = ?", 3).Scan(&name)
	fmt.Println("B query with an argument:", err)
	db2, _ := sql.Open("mysql", dsn+"?interpolateParams=true")
	err = db2.QueryRow("SELECT name FROM users WHERE id = ?", 3).Scan(&name)
	fmt.Println("B the same with interpolateParams=true:", err, name)
	db2.Close()
	db.Close()
	killApp(mon)
	mon.Exec("SET GLOBAL max_prepared_stmt_count=" + orig)
}
