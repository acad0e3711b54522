// Mistake: relies on cancelling the query's context to release the rows: the connection comes back, but only because the context ended, and the driver drops it (a re-dial per call).
// Check: noLeaks
// Scenarios: happy-path/background, happy-path/request
package main

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"strings"

	_ "github.com/go-sql-driver/mysql"
)

// FindUserID returns the id of the first user, in id order, whose name match accepts (0 if none).
func FindUserID(ctx context.Context, db *sql.DB, match func(name string) bool) (int64, error) {
	// Cancelling the query's context releases the rows, so no Close is needed.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	rows, err := db.QueryContext(ctx, "SELECT id, name FROM users ORDER BY id")
	if err != nil {
		return 0, err
	}
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			return 0, err
		}
		if match(name) {
			return id, nil
		}
	}
	return 0, rows.Err()
}

func main() {
	db, err := sql.Open("mysql", "app:secret@tcp(127.0.0.1:3306)/course")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	id, err := FindUserID(context.Background(), db, func(name string) bool { return strings.HasSuffix(name, "7") })
	fmt.Println(id, err)
	fmt.Printf("InUse after the call: %d\n", db.Stats().InUse)
}
