// Scan conversions and their error texts: the same program runs on real Go 1.23 + go-sql-driver/mysql 1.9 +
// MariaDB (recorded into scan-conversions.out) and on our runtime against the simulated server.
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
		dsn = "gtapp:gtapp-pw-1@tcp(127.0.0.1:3399)/course"
	}
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		panic(err)
	}
	defer db.Close()
	for _, q := range []string{
		"DROP TABLE IF EXISTS scan_cases",
		"CREATE TABLE scan_cases (id INT PRIMARY KEY, small INT, big BIGINT, neg INT, name VARCHAR(32), num_text VARCHAR(32), ratio DOUBLE, flag TINYINT, empty VARCHAR(8), missing VARCHAR(8))",
		"INSERT INTO scan_cases VALUES (1, 300, 9000000000, -5, 'gopher', '42', 2.5, 1, '', NULL)",
	} {
		if _, err := db.Exec(q); err != nil {
			panic(err)
		}
	}
	for _, mode := range []string{"text", "binary"} {
		fmt.Println("--", mode, "protocol")
		row := func(cols string) *sql.Row {
			if mode == "text" {
				return db.QueryRow("SELECT " + cols + " FROM scan_cases WHERE id = 1")
			}
			return db.QueryRow("SELECT "+cols+" FROM scan_cases WHERE id = ?", 1)
		}
		var i int
		var i8 int8
		var u8 uint8
		var u uint
		var i64 int64
		var f float64
		var f32 float32
		var s string
		var b bool
		var bs []byte
		var a any
		var ns sql.NullString
		var ni sql.NullInt64
		var nf sql.NullFloat64
		var nb sql.NullBool
		var ps *string
		var pi *int
		err := row("small").Scan(&i)
		show("INT 300 -> int", err, i)
		err = row("small").Scan(&i8)
		show("INT 300 -> int8", err, i8)
		err = row("small").Scan(&u8)
		show("INT 300 -> uint8", err, u8)
		err = row("neg").Scan(&u)
		show("INT -5 -> uint", err, u)
		err = row("big").Scan(&i64)
		show("BIGINT -> int64", err, i64)
		err = row("big").Scan(&i)
		show("BIGINT -> int", err, i)
		err = row("name").Scan(&i)
		show("VARCHAR gopher -> int", err, i)
		err = row("num_text").Scan(&i)
		show("VARCHAR 42 -> int", err, i)
		err = row("num_text").Scan(&f)
		show("VARCHAR 42 -> float64", err, f)
		err = row("ratio").Scan(&f)
		show("DOUBLE -> float64", err, f)
		err = row("ratio").Scan(&f32)
		show("DOUBLE -> float32", err, f32)
		err = row("ratio").Scan(&i)
		show("DOUBLE 2.5 -> int", err, i)
		err = row("ratio").Scan(&s)
		show("DOUBLE -> string", err, s)
		err = row("small").Scan(&s)
		show("INT -> string", err, s)
		err = row("flag").Scan(&b)
		show("TINYINT 1 -> bool", err, b)
		err = row("small").Scan(&b)
		show("INT 300 -> bool", err, b)
		err = row("name").Scan(&b)
		show("VARCHAR gopher -> bool", err, b)
		err = row("name").Scan(&bs)
		show("VARCHAR -> []byte", err, string(bs))
		err = row("empty").Scan(&s)
		show("VARCHAR '' -> string", err, s)
		err = row("missing").Scan(&s)
		show("NULL -> string", err, s)
		err = row("missing").Scan(&i)
		show("NULL -> int", err, i)
		err = row("missing").Scan(&b)
		show("NULL -> bool", err, b)
		err = row("missing").Scan(&a)
		show("NULL -> any", err, a)
		err = row("small").Scan(&a)
		fmt.Printf("INT -> any: %T\n", a)
		err = row("name").Scan(&a)
		fmt.Printf("VARCHAR -> any: %T\n", a)
		err = row("missing").Scan(&ns)
		show("NULL -> NullString", err, ns)
		err = row("name").Scan(&ns)
		show("VARCHAR -> NullString", err, ns)
		err = row("missing").Scan(&ni)
		show("NULL -> NullInt64", err, ni)
		err = row("name").Scan(&ni)
		show("VARCHAR gopher -> NullInt64", err, ni)
		err = row("ratio").Scan(&nf)
		show("DOUBLE -> NullFloat64", err, nf)
		err = row("flag").Scan(&nb)
		show("TINYINT -> NullBool", err, nb)
		err = row("missing").Scan(&ps)
		show("NULL -> *string", err, ps == nil)
		err = row("name").Scan(&ps)
		show("VARCHAR -> *string", err, *ps)
		err = row("small").Scan(&pi)
		show("INT -> *int", err, *pi)
		err = row("small, name").Scan(&i)
		show("2 columns -> 1 dest", err, i)
		err = row("small").Scan(i)
		show("non-pointer dest", err, i)
	}
	db.Exec("DROP TABLE scan_cases")
}
