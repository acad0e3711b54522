package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

var ErrTimeout = errors.New("timeout")

func find(k string) error {
	if k == "t" {
		return fmt.Errorf("find: %w", ErrTimeout)
	}
	return fmt.Errorf("find: %w", &NotFound{k})
}

func main() {
	err := find("x")
	var nf *NotFound
	fmt.Println(errors.As(err, &nf), nf.Key)
	fmt.Println(errors.Is(find("t"), ErrTimeout), errors.Is(err, ErrTimeout))
	j := errors.Join(ErrTimeout, nil, &NotFound{"y"})
	fmt.Println(j)
	fmt.Println(errors.Is(j, ErrTimeout), errors.As(j, &nf), nf.Key)
	fmt.Println(errors.Join(nil, nil) == nil)
	fmt.Println(errors.New("a") == errors.New("a"))
}

// Output:
// true x
// true false
// timeout
// not found: y
// true true y
// true
// false
