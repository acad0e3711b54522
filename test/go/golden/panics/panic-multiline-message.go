package main

import "fmt"

func main() {
	fmt.Println("start")
	panic("line one\nline two")
}

// Output:
// start
// Error:
// panic: line one
// 	line two
//
// goroutine 1 [running]:
// main.main()
// 	main.go:7
// Exit: 2
