package main

import "fmt"

func main() {
	x := 1
	if x > 0 {
		fmt.Println("pos")
	}
	else {
		fmt.Println("neg")
	}
}

// Output:
// Error:
// main.go:10:2: syntax error: unexpected else, expected }
// Exit: 1
