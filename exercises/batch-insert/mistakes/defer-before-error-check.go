// Mistake: defers insert.Close() before checking Prepare's error: when the server refuses the statement (Error 1461) the deferred Close panics on the nil *sql.Stmt.
// Check: errorPropagated
// Scenarios: query-error/background, query-error/request
package main

import (
	"context"
	"database/sql"
	"fmt"
	"log"

	_ "github.com/go-sql-driver/mysql"
)

// RecordLogins writes an audit_log row for each user name and returns the ids of the users it wrote one for.
func RecordLogins(ctx context.Context, db *sql.DB, names []string, action func(name string) string) ([]int64, error) {
	lookup, err := db.PrepareContext(ctx, "SELECT id, email FROM users WHERE name = ?")
	if err != nil {
		return nil, err
	}
	defer lookup.Close()
	insert, err := db.PrepareContext(ctx, "INSERT INTO audit_log(user_id, action, created_at) VALUES (?, ?, NOW())")
	defer insert.Close()
	if err != nil {
		return nil, err
	}
	var ids []int64
	for _, name := range names {
		var id int64
		var email string
		if err := lookup.QueryRowContext(ctx, name).Scan(&id, &email); err != nil {
			return ids, fmt.Errorf("user %q: %w", name, err)
		}
		if _, err := insert.ExecContext(ctx, id, action(name)+" "+email); err != nil {
			return ids, fmt.Errorf("user %q: %w", name, err)
		}
		ids = append(ids, id)
	}
	return ids, nil
}

func main() {
	db, err := sql.Open("mysql", "app:secret@tcp(127.0.0.1:3306)/course")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	ids, err := RecordLogins(context.Background(), db, []string{"user01", "user02"}, func(name string) string { return "login" })
	fmt.Println(ids, err)
}
