package main

func main() {
	var n int = "hello"
	var s string = 5
	_, _ = n, s
}

// Output:
// Error:
// main.go:4:14: cannot use "hello" (untyped string constant) as int value in variable declaration
// main.go:5:17: cannot use 5 (untyped int constant) as string value in variable declaration
// Exit: 1
