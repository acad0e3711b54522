package main

func main() {
	ch := make(chan int)
	<-ch
}

// Output:
// Error:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
// main.main()
// 	main.go:5
// Exit: 2
