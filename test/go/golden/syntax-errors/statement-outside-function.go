package main

x := 1

func main() {}

// Output:
// Error:
// main.go:3:1: syntax error: non-declaration statement outside function body
// Exit: 1
