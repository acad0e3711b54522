package main

import (
	"errors"
	"fmt"
)

func query(fail bool) (rows int, err error) {
	defer func() {
		if r := recover(); r != nil {
			rows = -1
			err = fmt.Errorf("query panicked: %v", r)
		}
	}()
	if fail {
		var m map[string]int
		m["x"]++
	}
	return 3, nil
}

func main() {
	fmt.Println(query(false))
	n, err := query(true)
	fmt.Println(n, err, errors.Unwrap(err))
}

// Output:
// 3 <nil>
// -1 query panicked: assignment to entry in nil map <nil>
