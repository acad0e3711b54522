package main

func main() {
	x := 5
	x()
}

// Output:
// Error:
// main.go:5:2: invalid operation: cannot call non-function x (variable of type int)
// Exit: 1
