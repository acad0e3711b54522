package main

import "fmt"

func main() {
	ch := make(chan int)
	ch <- 1
	fmt.Println("unreachable")
}

// Output:
// Error:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan send]:
// main.main()
// 	main.go:7
// Exit: 2
