// Mistake: logs the error and returns an empty result with a nil error: no panic any more, but the caller believes there are no e-mails.
// Check: errorPropagated
// Scenarios: query-error/background, query-error/request
package main

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"strings"

	_ "github.com/go-sql-driver/mysql"
)

// CollectEmails returns, in user id order, the e-mail addresses that keep accepts.
func CollectEmails(ctx context.Context, db *sql.DB, keep func(email string) bool) ([]string, error) {
	rows, err := db.QueryContext(ctx, "SELECT email FROM users ORDER BY id")
	if err != nil {
		log.Printf("collect emails: %v", err)
		return nil, nil
	}
	defer rows.Close()
	var emails []string
	for rows.Next() {
		var email string
		if err := rows.Scan(&email); err != nil {
			return nil, err
		}
		if keep(email) {
			emails = append(emails, email)
		}
	}
	return emails, rows.Err()
}

func main() {
	db, err := sql.Open("mysql", "app:secret@tcp(127.0.0.1:3306)/course")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	emails, err := CollectEmails(context.Background(), db, func(email string) bool { return strings.HasPrefix(email, "user1") })
	fmt.Println(len(emails), err)
}
