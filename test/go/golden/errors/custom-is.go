package main

import (
	"errors"
	"fmt"
)

type CodeErr struct{ Code int }

func (e CodeErr) Error() string { return fmt.Sprintf("code %d", e.Code) }
func (e CodeErr) Is(target error) bool {
	t, ok := target.(CodeErr)
	return ok && t.Code/100 == e.Code/100
}

func main() {
	err := fmt.Errorf("wrap: %w", CodeErr{404})
	fmt.Println(errors.Is(err, CodeErr{400}), errors.Is(err, CodeErr{500}))
	var ce CodeErr
	fmt.Println(errors.As(err, &ce), ce.Code)
	var target interface{ Error() string }
	fmt.Println(errors.As(err, &target), target)
}

// Output:
// true false
// true 404
// true wrap: code 404
