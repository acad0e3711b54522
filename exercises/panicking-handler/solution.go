package main

import (
	"database/sql"
	"fmt"
	"log"
	"net/http"
	"strconv"
	"strings"

	_ "github.com/go-sql-driver/mysql"
)

// UsersHandler serves GET /users?max=N: the labels of users 1..N, one per line.
func UsersHandler(db *sql.DB, label func(name string) string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		max, err := strconv.Atoi(r.URL.Query().Get("max"))
		if err != nil {
			http.Error(w, "max must be a number", http.StatusBadRequest)
			return
		}
		rows, err := db.QueryContext(r.Context(), "SELECT name FROM users WHERE id <= ? ORDER BY id", max)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		var lines []string
		for rows.Next() {
			var name string
			if err := rows.Scan(&name); err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			lines = append(lines, label(name))
		}
		if err := rows.Err(); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte(strings.Join(lines, "\n") + "\n"))
	}
}

// recorder is a minimal http.ResponseWriter for trying the handler from main.
type recorder struct {
	header http.Header
	status int
	body   []byte
}

func (rec *recorder) Header() http.Header {
	if rec.header == nil {
		rec.header = http.Header{}
	}
	return rec.header
}

func (rec *recorder) WriteHeader(status int) { rec.status = status }

func (rec *recorder) Write(b []byte) (int, error) {
	if rec.status == 0 {
		rec.status = http.StatusOK
	}
	rec.body = append(rec.body, b...)
	return len(b), nil
}

func main() {
	db, err := sql.Open("mysql", "app:secret@tcp(127.0.0.1:3306)/course")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	h := UsersHandler(db, strings.ToUpper)
	req, err := http.NewRequest("GET", "/users?max=3", nil)
	if err != nil {
		log.Fatal(err)
	}
	rec := &recorder{}
	h(rec, req)
	fmt.Print(rec.status, "\n", string(rec.body))
	fmt.Println("InUse:", db.Stats().InUse)
}
