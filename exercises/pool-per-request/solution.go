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

// Server holds the service's dependencies.
type Server struct {
	db     *sql.DB
	dsn    string
	format func(name string) string
}

// NewServer builds the server around the service's one pool.
func NewServer(db *sql.DB, dsn string, format func(name string) string) *Server {
	return &Server{db: db, dsn: dsn, format: format}
}

// UserCount serves GET /users/count.
func (s *Server) UserCount(w http.ResponseWriter, r *http.Request) {
	var n int64
	if err := s.db.QueryRowContext(r.Context(), "SELECT COUNT(*) FROM users").Scan(&n); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Write([]byte(strconv.FormatInt(n, 10) + "\n"))
}

// Recent serves GET /users/recent?n=N: the N newest users, formatted, one per line.
func (s *Server) Recent(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.URL.Query().Get("n"))
	if err != nil {
		http.Error(w, "n must be a number", http.StatusBadRequest)
		return
	}
	conn, err := s.db.Conn(r.Context())
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer conn.Close()
	var session int64
	if err := conn.QueryRowContext(r.Context(), "SELECT CONNECTION_ID()").Scan(&session); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	log.Printf("recent: session %d", session)
	rows, err := conn.QueryContext(r.Context(), "SELECT name FROM users ORDER BY id DESC LIMIT ?", n)
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
		lines = append(lines, s.format(name))
	}
	if err := rows.Err(); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Write([]byte(strings.Join(lines, "\n") + "\n"))
}

// recorder is a minimal http.ResponseWriter for trying the handlers from main.
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
	const dsn = "app:secret@tcp(127.0.0.1:3306)/course"
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	s := NewServer(db, dsn, strings.ToUpper)
	for _, target := range []string{"/users/count", "/users/recent?n=3"} {
		req, err := http.NewRequest("GET", target, nil)
		if err != nil {
			log.Fatal(err)
		}
		rec := &recorder{}
		if strings.HasPrefix(target, "/users/count") {
			s.UserCount(rec, req)
		} else {
			s.Recent(rec, req)
		}
		fmt.Print(rec.status, " ", string(rec.body))
	}
	fmt.Println("InUse:", db.Stats().InUse)
}
