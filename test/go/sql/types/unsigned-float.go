// Scan of the driver's uint64 (BIGINT UNSIGNED over the text protocol) and float32 (FLOAT) values: the same
// program runs on real Go 1.23 + go-sql-driver/mysql 1.9 + MariaDB 10.11 (recorded into unsigned-float.out)
// and on our runtime against the simulated server.
package main

import (
	"database/sql"
	"fmt"
	"os"

	_ "github.com/go-sql-driver/mysql"
)

func show(label string, err error, v any) {
	if err != nil {
		fmt.Printf("%s: error: %v\n", label, err)
		return
	}
	fmt.Printf("%s: %#v\n", label, v)
}

func main() {
	dsn := os.Getenv("SCAN_DSN")
	if dsn == "" {
		dsn = "gtapp:gtapp-pw-1@tcp(127.0.0.1:3397)/course"
	}
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		panic(err)
	}
	defer db.Close()
	for _, q := range []string{
		"DROP TABLE IF EXISTS uf_cases",
		"CREATE TABLE uf_cases (id INT PRIMARY KEY, u BIGINT UNSIGNED, big BIGINT UNSIGNED, f FLOAT, h FLOAT)",
		"INSERT INTO uf_cases VALUES (1, 300, 9223372036854775808, 0.1, 2.5)",
	} {
		if _, err := db.Exec(q); err != nil {
			panic(err)
		}
	}
	row := func(col string) *sql.Row { return db.QueryRow("SELECT " + col + " FROM uf_cases WHERE id = 1") }
	var i int
	var i8 int8
	var i64 int64
	var u64 uint64
	var f64 float64
	var f32 float32
	var s string
	var b bool
	var a any
	var ni sql.NullInt64
	var nf sql.NullFloat64
	err = row("u").Scan(&i)
	show("UNSIGNED 300 -> int", err, i)
	err = row("u").Scan(&i8)
	show("UNSIGNED 300 -> int8", err, i8)
	err = row("big").Scan(&u64)
	fmt.Printf("UNSIGNED 2^63 -> uint64: %v %d\n", err, u64)
	err = row("big").Scan(&i64)
	show("UNSIGNED 2^63 -> int64", err, i64)
	err = row("u").Scan(&s)
	show("UNSIGNED 300 -> string", err, s)
	err = row("u").Scan(&f64)
	show("UNSIGNED 300 -> float64", err, f64)
	err = row("u").Scan(&b)
	show("UNSIGNED 300 -> bool", err, b)
	err = row("u").Scan(&ni)
	show("UNSIGNED 300 -> NullInt64", err, ni)
	err = row("u").Scan(&a)
	fmt.Printf("UNSIGNED -> any: %T\n", a)
	err = row("f").Scan(&f64)
	show("FLOAT 0.1 -> float64", err, f64)
	err = row("f").Scan(&f32)
	show("FLOAT 0.1 -> float32", err, f32)
	err = row("f").Scan(&s)
	show("FLOAT 0.1 -> string", err, s)
	err = row("h").Scan(&i)
	show("FLOAT 2.5 -> int", err, i)
	err = row("f").Scan(&b)
	show("FLOAT 0.1 -> bool", err, b)
	err = row("h").Scan(&nf)
	show("FLOAT 2.5 -> NullFloat64", err, nf)
	err = row("f").Scan(&a)
	fmt.Printf("FLOAT -> any: %T\n", a)
	db.Exec("DROP TABLE uf_cases")
}
