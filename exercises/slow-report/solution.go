package main

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"strings"
	"time"

	_ "github.com/go-sql-driver/mysql"
)

// CarrierReport counts shipments per carrier, one "carrier n" line each, calling each for every line.
func CarrierReport(ctx context.Context, db *sql.DB, each func(carrier string, n int64) error) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	rows, err := db.QueryContext(ctx, "SELECT carrier, COUNT(*) FROM shipments GROUP BY carrier ORDER BY carrier")
	if err != nil {
		return "", err
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var carrier string
		var n int64
		if err := rows.Scan(&carrier, &n); err != nil {
			return "", err
		}
		if err := each(carrier, n); err != nil {
			return "", err
		}
		b.WriteString(fmt.Sprintf("%s %d\n", carrier, n))
	}
	if err := rows.Err(); err != nil {
		return "", err
	}
	return b.String(), nil
}

func main() {
	db, err := sql.Open("mysql", "app:secret@tcp(127.0.0.1:3306)/course")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	report, err := CarrierReport(context.Background(), db, func(carrier string, n int64) error { return nil })
	fmt.Print(report)
	fmt.Println(err)
}
