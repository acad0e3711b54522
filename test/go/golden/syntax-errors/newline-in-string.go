package main

import "fmt"

func main() {
	fmt.Println("unterminated)
}

// Output:
// Error:
// main.go:6:28: newline in string
// main.go:6:28: syntax error: unexpected newline in argument list; possibly missing comma or )
// Exit: 1
