// Mistake: moves the loop body into a helper that closes the rows when Scan fails; the helper cannot see the caller's other early returns.
// Check: noLeaks
// Scenarios: check-fails/background, check-fails/request, callback-panic/background
package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log"
	"strings"

	_ "github.com/go-sql-driver/mysql"
)

// UserReport lists users from minID on, one "id<TAB>name<TAB>email" line each, after check accepts the e-mail.
func UserReport(ctx context.Context, db *sql.DB, minID int64, check func(email string) error) (string, error) {
	rows, err := db.QueryContext(ctx, "SELECT id, name, email FROM users WHERE id >= ? ORDER BY id", minID)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for rows.Next() {
		id, name, email, err := scanUser(rows)
		if err != nil {
			return "", err
		}
		if err := check(email); err != nil {
			return "", fmt.Errorf("user %d: %w", id, err)
		}
		b.WriteString(fmt.Sprintf("%d\t%s\t%s\n", id, name, email))
	}
	if err := rows.Err(); err != nil {
		return "", err
	}
	rows.Close()
	return b.String(), nil
}

// scanUser reads one row and closes the rows if it cannot.
func scanUser(rows *sql.Rows) (int64, string, string, error) {
	var id int64
	var name, email string
	if err := rows.Scan(&id, &name, &email); err != nil {
		rows.Close()
		return 0, "", "", err
	}
	return id, name, email, nil
}

func main() {
	db, err := sql.Open("mysql", "app:secret@tcp(127.0.0.1:3306)/course")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	report, err := UserReport(context.Background(), db, 45, func(email string) error {
		if !strings.Contains(email, "@") {
			return errors.New("not an e-mail address")
		}
		return nil
	})
	fmt.Print(report)
	fmt.Println(err, db.Stats().InUse)
}
