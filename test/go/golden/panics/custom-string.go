package main

func main() {
	panic("something went wrong")
}

// Output:
// Error:
// panic: something went wrong
//
// goroutine 1 [running]:
// main.main()
// 	main.go:4
// Exit: 2
