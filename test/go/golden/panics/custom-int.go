package main

func main() {
	panic(42)
}

// Output:
// Error:
// panic: 42
//
// goroutine 1 [running]:
// main.main()
// 	main.go:4
// Exit: 2
