package main

import "fmt"

func main() {
	n := -1
	s := make([]int, n)
	fmt.Println(s)
}

// Output:
// Error:
// panic: runtime error: makeslice: len out of range
//
// goroutine 1 [running]:
// main.main()
// 	main.go:7
// Exit: 2
