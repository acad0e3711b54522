// Result column types: the Go type (and value) go-sql-driver/mysql 1.9 hands database/sql for each kind of
// column and expression, over the text protocol (no arguments) and the binary protocol (one argument). The
// same program runs on real Go 1.23 + driver 1.9 + MariaDB 10.11 (recorded into column-types.out) and on our
// runtime against the simulated MySQL 8.0 server.
package main

import (
	"database/sql"
	"fmt"
	"os"

	_ "github.com/go-sql-driver/mysql"
)

func show(db *sql.DB, binary bool, expr string) {
	var a any
	var err error
	if binary {
		err = db.QueryRow("SELECT "+expr+" FROM types_cases WHERE id = ?", 1).Scan(&a)
	} else {
		err = db.QueryRow("SELECT " + expr + " FROM types_cases WHERE id = 1").Scan(&a)
	}
	if err != nil {
		fmt.Printf("%s: error: %v\n", expr, err)
		return
	}
	switch v := a.(type) {
	case []byte:
		fmt.Printf("%s: %T %q\n", expr, v, string(v))
	case int64, uint64, float64, float32:
		fmt.Printf("%s: %T %v\n", expr, v, v)
	default:
		fmt.Printf("%s: %T\n", expr, v)
	}
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
		"DROP TABLE IF EXISTS types_cases",
		"CREATE TABLE types_cases (id INT PRIMARY KEY, t TINYINT, sm SMALLINT, md MEDIUMINT, i INT, iu INT UNSIGNED, b BIGINT, bu BIGINT UNSIGNED, d DOUBLE, price DECIMAL(10,2), day DATE, at DATETIME, tm TIME, y YEAR, c CHAR(4), v VARCHAR(16), tx TEXT, bl BLOB, e ENUM('new','paid'))",
		"INSERT INTO types_cases VALUES (1, -3, 300, 70000, -5, 7, 9000000000, 12, 2.5, 12.5, '2024-05-06', '2024-05-06 07:08:09', '10:11:12', 2024, 'ab', 'gopher', 'text', 'blob', 'paid')",
	} {
		if _, err := db.Exec(q); err != nil {
			panic(err)
		}
	}
	exprs := []string{
		"t", "sm", "md", "i", "iu", "b", "bu", "d", "price", "day", "at", "tm", "y", "c", "v", "tx", "bl", "e",
		"COUNT(*)", "SUM(i)", "SUM(price)", "SUM(d)", "AVG(i)", "AVG(price)", "MIN(i)", "MAX(at)",
		"1", "-1", "2.5", "1e3", "'x'", "NULL", "TRUE",
		"i + 1", "i * 2", "i / 2", "7 DIV 2", "i % 2", "price * 2", "d + 1", "i = -5", "v LIKE 'go%'", "i IS NULL",
		"IF(i > 0, 1, 0)", "IFNULL(NULL, 5)", "COALESCE(SUM(price), 0)", "CASE WHEN i < 0 THEN 'neg' ELSE 'pos' END",
		"CAST(i AS CHAR)", "CAST('5' AS SIGNED)", "CAST(7 AS UNSIGNED)", "CAST(2 AS DECIMAL(5,2))",
		"ROUND(price, 1)", "FLOOR(d)", "ABS(i)", "CONCAT(v, i)", "LENGTH(v)", "UPPER(v)",
		"(SELECT COUNT(*) FROM users)", "EXISTS(SELECT 1 FROM users)", "SLEEP(0)", "DATE(at)",
	}
	for _, mode := range []string{"text", "binary"} {
		fmt.Println("--", mode, "protocol")
		for _, e := range exprs {
			show(db, mode == "binary", e)
		}
	}
	var id any
	db.QueryRow("SELECT CONNECTION_ID()").Scan(&id)
	fmt.Printf("CONNECTION_ID(): %T\n", id)
	db.QueryRow("SELECT NOW()").Scan(&id)
	fmt.Printf("NOW(): %T\n", id)
	db.QueryRow("SELECT UNIX_TIMESTAMP()").Scan(&id)
	fmt.Printf("UNIX_TIMESTAMP(): %T\n", id)
	db.QueryRow("SELECT RAND()").Scan(&id)
	fmt.Printf("RAND(): %T\n", id)
	db.Exec("DROP TABLE types_cases")
}
