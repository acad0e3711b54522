package main

import "errors"

func f() (err error) {
	if true {
		err := errors.New("x")
		return
	}
	return nil
}

func main() { _ = f() }

// Output:
// Error:
// main.go:7:3: declared and not used: err
// main.go:8:3: result parameter err not in scope at return
// 	main.go:7:3: inner declaration of var err error
// Exit: 1
