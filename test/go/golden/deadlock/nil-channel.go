package main

func main() {
	var ch chan int
	ch <- 1
}

// Output:
// Error:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan send (nil chan)]:
// main.main()
// 	main.go:5
// Exit: 2
