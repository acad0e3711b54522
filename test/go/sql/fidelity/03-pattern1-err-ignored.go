// Fidelity 03 in the subset: a Query error ignored; the nil *sql.Rows then panics on Next, Err and Close.
// Expected output: the results of data/fidelity/traces/modern/03-pattern1-err-ignored.json.
package main

import (
	"database/sql"
	"errors"
	"fmt"

	"github.com/go-sql-driver/mysql"
)

func try(label string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s panicked: %v\n", label, r)
		}
	}()
	f()
}

func main() {
	db, _ := sql.Open("mysql", "gtapp:gtapp-pw-1@tcp(127.0.0.1:3399)/course")
	db.SetMaxOpenConns(5)
	rows, err := db.Query("SELECT id FROM missing_table")
	fmt.Println("query error:", err)
	var me *mysql.MySQLError
	if errors.As(err, &me) {
		fmt.Println("query error number:", me.Number)
	}
	fmt.Println("rows is nil:", rows == nil)
	try("rows.Next", func() { rows.Next() })
	try("rows.Err", func() { rows.Err() })
	try("rows.Close", func() { rows.Close() })
	var id int
	fmt.Println("QueryRow Scan error:", db.QueryRow("SELECT id FROM missing_table").Scan(&id))
	s := db.Stats()
	fmt.Printf("final: MaxOpen=%d Open=%d InUse=%d Idle=%d WaitCount=%d\n", s.MaxOpenConnections, s.OpenConnections, s.InUse, s.Idle, s.WaitCount)
	db.Close()
}
