package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	for v := range ch {
		fmt.Println(v)
	}
}

// Output:
// 1
// 2
// Error:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
// main.main()
// 	main.go:9
// Exit: 2
