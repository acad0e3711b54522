package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		<-a
		b <- 1
	}()
	fmt.Println("waiting")
	<-b
}

// Output:
// waiting
// Error:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
// main.main()
// 	main.go:13
//
// goroutine N [chan receive]:
// main.main.func1()
// 	main.go:9
// created by main.main in goroutine 1
// 	main.go:8
// Exit: 2
