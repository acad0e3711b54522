// Mistake: returns rows.Err() wrapped with %v: the caller gets an error, but errors.Is can no longer tell it is the driver's invalid connection.
// Check: errorPropagated
// Scenarios: mid-iteration-error/background, mid-iteration-error/request
package main

import (
	"context"
	"database/sql"
	"fmt"
	"log"

	_ "github.com/go-sql-driver/mysql"
)

// SumPayments returns the total amount_cents of the payments whose status include accepts.
func SumPayments(ctx context.Context, db *sql.DB, include func(status string) bool) (int64, error) {
	rows, err := db.QueryContext(ctx, "SELECT amount_cents, status FROM payments ORDER BY id")
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	var total int64
	for rows.Next() {
		var amount int64
		var status string
		if err := rows.Scan(&amount, &status); err != nil {
			return 0, err
		}
		if include(status) {
			total += amount
		}
	}
	if err := rows.Err(); err != nil {
		return total, fmt.Errorf("sum payments: %v", err)
	}
	return total, nil
}

func main() {
	db, err := sql.Open("mysql", "app:secret@tcp(127.0.0.1:3306)/course")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	total, err := SumPayments(context.Background(), db, func(status string) bool { return status == "paid" })
	fmt.Println(total, err)
}
