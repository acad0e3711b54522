package main

func main() {
	var ch chan int
	close(ch)
}

// Output:
// Error:
// panic: close of nil channel
//
// goroutine 1 [running]:
// main.main()
// 	main.go:5
// Exit: 2
