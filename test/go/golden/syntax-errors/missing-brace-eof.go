package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(i)
}

// Output:
// Error:
// main.go:9:1: syntax error: unexpected EOF, expected }
// Exit: 1
