// Fidelity 07 in the subset: the query's connection is killed mid-iteration from a monitor connection (a second
// sql.Open with the monitor account). What rows.Next and rows.Err return, and whether the conn goes back to the
// pool. Expected output: the results, snapshots and driver log of
// data/fidelity/traces/modern/07-pattern5-rows-err-unchecked.json. How many rows arrive before a KILL is
// run-dependent in the real stack (306 and 2500 of 125000 there: whatever the socket buffers held), so the
// program prints whether the result was cut short, not the count.
package main

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	_ "github.com/go-sql-driver/mysql"
)

const bigQ = "SELECT a.id, b.id, c.id, REPEAT('x', 1000) FROM users a, users b, users c"
const smallQ = "SELECT id, name, email FROM users ORDER BY id"

func snap(label string, db *sql.DB, mon *sql.DB) {
	s := db.Stats()
	rows, err := mon.Query("SELECT COMMAND FROM information_schema.PROCESSLIST WHERE USER = 'gtapp' ORDER BY ID")
	if err != nil {
		fmt.Println("monitor:", err)
		return
	}
	var cmds []string
	for rows.Next() {
		var c string
		rows.Scan(&c)
		cmds = append(cmds, c)
	}
	rows.Close()
	fmt.Printf("%s: Open=%d InUse=%d Idle=%d; server sessions: %d [%s]\n", label, s.OpenConnections, s.InUse, s.Idle, len(cmds), strings.Join(cmds, " "))
}

func run(mon *sql.DB, name, q, kill string, total int) {
	db, _ := sql.Open("mysql", "gtapp:gtapp-pw-1@tcp(127.0.0.1:3399)/course")
	db.SetMaxOpenConns(1) // the same connection for CONNECTION_ID and the query
	defer db.Close()
	var cid int64
	if err := db.QueryRow("SELECT CONNECTION_ID()").Scan(&cid); err != nil {
		fmt.Println(name, "connection id:", err)
		return
	}
	rows, err := db.QueryContext(context.Background(), q)
	if err != nil {
		fmt.Println(name, "query:", err)
		return
	}
	n := 0
	if rows.Next() {
		n++
	}
	snap(name+" after the first row", db, mon)
	_, err = mon.Exec(fmt.Sprintf("%s %d", kill, cid))
	fmt.Println(name, kill+":", err)
	time.Sleep(300 * time.Millisecond)
	snap(name+" 300ms after the kill, rows still open", db, mon)
	for rows.Next() {
		n++
	}
	fmt.Printf("%s rows.Err: %v; all %d rows read: %v\n", name, rows.Err(), total, n == total)
	fmt.Println(name, "rows.Close:", rows.Close())
	snap(name+" after the iteration", db, mon)
	var c int
	err = db.QueryRow("SELECT COUNT(*) FROM users").Scan(&c)
	fmt.Println(name, "next query:", err, c)
	snap(name+" after the next query", db, mon)
}

func main() {
	mon, _ := sql.Open("mysql", "gtmon:gtmon-pw-1@tcp(127.0.0.1:3399)/course")
	defer mon.Close()
	run(mon, "A", bigQ, "KILL CONNECTION", 125000)
	run(mon, "B", bigQ, "KILL QUERY", 125000)
	run(mon, "C", smallQ, "KILL CONNECTION", 50)
}
