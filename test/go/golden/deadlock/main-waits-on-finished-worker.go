package main

import "fmt"

func main() {
	results := make(chan int)
	go func() {
		fmt.Println("worker returns without sending")
	}()
	fmt.Println(<-results)
}

// Output:
// worker returns without sending
// Error:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
// main.main()
// 	main.go:10
// Exit: 2
