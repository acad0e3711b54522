package main

func main() {
	var x
}

// Output:
// Error:
// main.go:4:7: syntax error: unexpected newline, expected type
// Exit: 1
