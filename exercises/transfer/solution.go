package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log"

	_ "github.com/go-sql-driver/mysql"
)

var errInsufficientFunds = errors.New("insufficient funds")

// Transfer moves amount between two accounts and returns the source account's new balance.
func Transfer(ctx context.Context, db *sql.DB, from, to, amount int64, audit func(from, to int64) error) (int64, error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	var balance int64
	if err := tx.QueryRowContext(ctx, "SELECT balance FROM accounts WHERE id = ?", from).Scan(&balance); err != nil {
		return 0, err
	}
	if balance < amount {
		return 0, errInsufficientFunds
	}
	if _, err := tx.ExecContext(ctx, "UPDATE accounts SET balance = balance - ? WHERE id = ?", amount, from); err != nil {
		return 0, err
	}
	if _, err := tx.ExecContext(ctx, "UPDATE accounts SET balance = balance + ? WHERE id = ?", amount, to); err != nil {
		return 0, err
	}
	if err := audit(from, to); err != nil {
		return 0, fmt.Errorf("audit: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, err
	}
	return balance - amount, nil
}

func main() {
	db, err := sql.Open("mysql", "app:secret@tcp(127.0.0.1:3306)/course")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("CREATE TABLE IF NOT EXISTS accounts(id INT PRIMARY KEY, balance INT)"); err != nil {
		log.Fatal(err)
	}
	if _, err := db.Exec("REPLACE INTO accounts VALUES (1, 500), (2, 100)"); err != nil {
		log.Fatal(err)
	}
	left, err := Transfer(context.Background(), db, 1, 2, 200, func(from, to int64) error { return nil })
	fmt.Println(left, err, db.Stats().InUse)
}
