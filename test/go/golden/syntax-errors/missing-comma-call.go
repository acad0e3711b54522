package main

import "fmt"

func main() {
	fmt.Println("a", "b"
	)
}

// Output:
// Error:
// main.go:6:22: syntax error: unexpected newline in argument list; possibly missing comma or )
// Exit: 1
