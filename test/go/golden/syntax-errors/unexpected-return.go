package main

import "fmt"

func main() {
	x :=
	return
	fmt.Println(x)
}

// Output:
// Error:
// main.go:7:2: syntax error: unexpected return, expected expression
// Exit: 1
