// Mistake: fixes every leak but calls the repository with context.Background(): a client that gives up does not stop the query, and its connection stays busy.
// Check: deadlineRespected
// Scenarios: slow-query
package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log"
	"net/http"
	"strconv"
	"strings"

	_ "github.com/go-sql-driver/mysql"
)

var errOutOfStock = errors.New("out of stock")

// Repo is the service's data access.
type Repo struct {
	db *sql.DB
}

// LatestOrder returns the id and quantity of a user's newest order, and the user's e-mail (id 0: none).
func (p *Repo) LatestOrder(ctx context.Context, userID int64) (int64, int64, string, error) {
	rows, err := p.db.QueryContext(ctx, "SELECT o.id, o.quantity, u.email FROM orders o JOIN users u ON u.id = o.user_id WHERE o.user_id = ? ORDER BY o.id DESC LIMIT 1", userID)
	if err != nil {
		return 0, 0, "", err
	}
	defer rows.Close()
	if rows.Next() {
		var id, qty int64
		var email string
		if err := rows.Scan(&id, &qty, &email); err != nil {
			return 0, 0, "", err
		}
		return id, qty, email, nil
	}
	return 0, 0, "", rows.Err()
}

// ProductNames returns the labelled names of products 1..max.
func (p *Repo) ProductNames(ctx context.Context, max int64, label func(name string) string) ([]string, error) {
	rows, err := p.db.QueryContext(ctx, "SELECT name FROM products WHERE id <= ? ORDER BY id", max)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, err
		}
		names = append(names, label(name))
	}
	return names, rows.Err()
}

// Reserve takes qty items of a product from stock and returns the stock left.
func (p *Repo) Reserve(ctx context.Context, productID, qty int64) (int64, error) {
	tx, err := p.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	var stock int64
	if err := tx.QueryRowContext(ctx, "SELECT stock FROM products WHERE id = ?", productID).Scan(&stock); err != nil {
		return 0, err
	}
	if stock < qty {
		return 0, errOutOfStock
	}
	if _, err := tx.ExecContext(ctx, "UPDATE products SET stock = stock - ? WHERE id = ?", qty, productID); err != nil {
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, err
	}
	return stock - qty, nil
}

// Server is the HTTP layer.
type Server struct {
	repo  *Repo
	dsn   string
	label func(name string) string
}

// NewServer builds the service around its one pool.
func NewServer(db *sql.DB, dsn string, label func(name string) string) *Server {
	return &Server{repo: &Repo{db: db}, dsn: dsn, label: label}
}

func queryInt(r *http.Request, name string) (int64, error) {
	return strconv.ParseInt(r.URL.Query().Get(name), 10, 64)
}

// LatestOrder serves GET /orders/latest?user=ID.
func (s *Server) LatestOrder(w http.ResponseWriter, r *http.Request) {
	user, err := queryInt(r, "user")
	if err != nil {
		http.Error(w, "user must be a number", http.StatusBadRequest)
		return
	}
	id, qty, email, err := s.repo.LatestOrder(context.Background(), user)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if id == 0 {
		http.Error(w, "no orders", http.StatusNotFound)
		return
	}
	w.Write([]byte(fmt.Sprintf("%d %d %s\n", id, qty, email)))
}

// ProductNames serves GET /products?max=N.
func (s *Server) ProductNames(w http.ResponseWriter, r *http.Request) {
	max, err := queryInt(r, "max")
	if err != nil {
		http.Error(w, "max must be a number", http.StatusBadRequest)
		return
	}
	names, err := s.repo.ProductNames(context.Background(), max, s.label)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Write([]byte(strings.Join(names, "\n") + "\n"))
}

// Reserve serves POST /reserve?product=ID&qty=N.
func (s *Server) Reserve(w http.ResponseWriter, r *http.Request) {
	product, err := queryInt(r, "product")
	if err != nil {
		http.Error(w, "product must be a number", http.StatusBadRequest)
		return
	}
	qty, err := queryInt(r, "qty")
	if err != nil {
		http.Error(w, "qty must be a number", http.StatusBadRequest)
		return
	}
	left, err := s.repo.Reserve(context.Background(), product, qty)
	if errors.Is(err, errOutOfStock) {
		http.Error(w, err.Error(), http.StatusConflict)
		return
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Write([]byte(strconv.FormatInt(left, 10) + "\n"))
}

// Health serves GET /health.
func (s *Server) Health(w http.ResponseWriter, r *http.Request) {
	if err := s.repo.db.PingContext(r.Context()); err != nil {
		http.Error(w, err.Error(), http.StatusServiceUnavailable)
		return
	}
	w.Write([]byte("ok\n"))
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
	db.SetMaxOpenConns(5)
	s := NewServer(db, dsn, strings.ToUpper)
	routes := []struct {
		method, target string
		handler        http.HandlerFunc
	}{
		{"GET", "/orders/latest?user=7", s.LatestOrder},
		{"GET", "/products?max=3", s.ProductNames},
		{"POST", "/reserve?product=2&qty=1", s.Reserve},
		{"GET", "/health", s.Health},
	}
	for _, rt := range routes {
		req, err := http.NewRequest(rt.method, rt.target, nil)
		if err != nil {
			log.Fatal(err)
		}
		rec := &recorder{}
		rt.handler(rec, req)
		fmt.Printf("%s %s -> %d %s", rt.method, rt.target, rec.status, rec.body)
	}
	fmt.Println("InUse:", db.Stats().InUse)
}
