package main

import (
	"context"
	"fmt"
)

// A generic helper whose first parameter is an ordinary interface, as in lesson 14's queryAll:
// only the parameters that mention T take part in type inference.

type Rows struct{ n int }

type DB struct{}

func (d *DB) QueryContext(ctx context.Context, q string, args ...any) (*Rows, error) {
	return &Rows{n: len(args) + 2}, nil
}

type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*Rows, error)
}

func queryAll[T any](ctx context.Context, q querier, scan func(*Rows) (T, error), query string, args ...any) ([]T, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	var out []T
	for i := 0; i < rows.n; i++ {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

func main() {
	db := &DB{}
	names, err := queryAll(context.Background(), db, func(r *Rows) (string, error) { return fmt.Sprint("row of ", r.n), nil }, "SELECT name FROM users WHERE id > ?", 3)
	fmt.Println(names, err)
}

// Output:
// [row of 3 row of 3 row of 3] <nil>
