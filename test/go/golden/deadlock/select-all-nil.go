package main

func main() {
	var a chan int
	var b chan string
	select {
	case <-a:
	case b <- "x":
	}
}

// Output:
// Error:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [select]:
// main.main()
// 	main.go:6
// Exit: 2
