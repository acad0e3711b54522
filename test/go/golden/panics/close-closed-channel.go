package main

func main() {
	ch := make(chan int)
	close(ch)
	close(ch)
}

// Output:
// Error:
// panic: close of closed channel
//
// goroutine 1 [running]:
// main.main()
// 	main.go:6
// Exit: 2
