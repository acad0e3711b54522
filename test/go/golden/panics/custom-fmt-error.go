package main

import "fmt"

func main() {
	panic(fmt.Errorf("query %d failed: %w", 3, fmt.Errorf("timeout")))
}

// Output:
// Error:
// panic: query 3 failed: timeout
//
// goroutine 1 [running]:
// main.main()
// 	main.go:6
// Exit: 2
