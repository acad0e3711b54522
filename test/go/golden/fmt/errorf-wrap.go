package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func main() {
	e1 := fmt.Errorf("get user %d: %w", 7, ErrNotFound)
	e2 := fmt.Errorf("handler: %w", e1)
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, ErrNotFound), errors.Unwrap(e2) == e1, errors.Unwrap(ErrNotFound))
	e3 := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(errors.Is(e3, ErrNotFound), errors.Unwrap(e3))
	e4 := fmt.Errorf("two: %w and %w", ErrNotFound, errors.New("other"))
	fmt.Println(e4, errors.Is(e4, ErrNotFound), errors.Unwrap(e4))
	fmt.Printf("%T %T %T\n", e1, e3, e4)
	fmt.Println(fmt.Errorf("bad %w", "notanerror"))
}

// Output:
// handler: get user 7: not found
// true true <nil>
// false <nil>
// two: not found and other true <nil>
// *fmt.wrapError *errors.errorString *fmt.wrapErrors
// bad %!w(string=notanerror)
