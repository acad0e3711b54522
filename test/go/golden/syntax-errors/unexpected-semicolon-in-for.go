package main

func main() {
	for i := 0; i < 3; i++; {
	}
}

// Output:
// Error:
// main.go:4:24: syntax error: unexpected semicolon, expected { after for clause
// Exit: 1
