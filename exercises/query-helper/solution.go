package main

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"strings"

	_ "github.com/go-sql-driver/mysql"
)

// queryAll runs query and returns the values scan produces for the rows it keeps.
func queryAll[T any](ctx context.Context, db *sql.DB, scan func(*sql.Rows) (T, bool, error), query string, args ...any) ([]T, error) {
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, keep, err := scan(rows)
		if err != nil {
			return nil, err
		}
		if keep {
			out = append(out, v)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// ActiveEmails returns, in user id order, the e-mail addresses keep accepts.
func ActiveEmails(ctx context.Context, db *sql.DB, keep func(email string) bool) ([]string, error) {
	return queryAll(ctx, db, func(rows *sql.Rows) (string, bool, error) {
		var email string
		if err := rows.Scan(&email); err != nil {
			return "", false, err
		}
		return email, keep(email), nil
	}, "SELECT email FROM users ORDER BY id")
}

func main() {
	db, err := sql.Open("mysql", "app:secret@tcp(127.0.0.1:3306)/course")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	emails, err := ActiveEmails(context.Background(), db, func(email string) bool { return strings.HasSuffix(email, "0@example.test") })
	fmt.Println(emails, err)
}
