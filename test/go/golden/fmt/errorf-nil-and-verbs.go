package main

import (
	"errors"
	"fmt"
)

func main() {
	e := fmt.Errorf("x: %w", nil)
	fmt.Println(e, errors.Unwrap(e) == nil)
	var err error
	fmt.Printf("%v|%s|%d\n", err, err, err)
	type R struct{ Err error }
	fmt.Printf("%+v\n", R{})
	fmt.Println(errors.Is(nil, nil), errors.Is(errors.New("a"), nil))
	fmt.Println(fmt.Sprintf("%5.2f%%", 12.345))
}

// Output:
// x: %!w(<nil>) true
// <nil>|%!s(<nil>)|%!d(<nil>)
// {Err:<nil>}
// true false
// 12.35%
