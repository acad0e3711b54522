package main

import (
	"errors"
	"fmt"
)

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

var ErrConnDone = errors.New("sql: connection is already closed")

func run() error {
	return &QueryError{"SELECT 1", ErrConnDone}
}

func main() {
	err := run()
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrConnDone))
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("query was", qe.Query)
	}
	fmt.Printf("%v | %s | %q\n", err, err, err)
}

// Output:
// SELECT 1: sql: connection is already closed
// true
// query was SELECT 1
// SELECT 1: sql: connection is already closed | SELECT 1: sql: connection is already closed | "SELECT 1: sql: connection is already closed"
