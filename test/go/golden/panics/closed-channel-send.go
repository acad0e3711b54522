package main

func main() {
	ch := make(chan int, 1)
	close(ch)
	ch <- 1
}

// Output:
// Error:
// panic: send on closed channel
//
// goroutine 1 [running]:
// main.main()
// 	main.go:6
// Exit: 2
