package main

func main() {
	n := 10
	_ = n / 0
}

// Output:
// Error:
// main.go:5:10: invalid operation: division by zero
// Exit: 1
