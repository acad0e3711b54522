package main

func main() {
	select {}
}

// Output:
// Error:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [select (no cases)]:
// main.main()
// 	main.go:4
// Exit: 2
