package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func parse(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty")
	}
	return len(s), nil
}

func pair() (string, bool) { return "x", true }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(9, 4))
	n, err := parse("")
	fmt.Println(n, err)
	n, err = parse("abc")
	fmt.Println(n, err)
	_, ok := pair()
	fmt.Println(ok)
}

// Output:
// 3 2
// 2 1
// 0 empty
// 3 <nil>
// true
