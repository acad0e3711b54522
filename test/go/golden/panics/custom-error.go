package main

import "errors"

func main() {
	panic(errors.New("db: connection refused"))
}

// Output:
// Error:
// panic: db: connection refused
//
// goroutine 1 [running]:
// main.main()
// 	main.go:6
// Exit: 2
