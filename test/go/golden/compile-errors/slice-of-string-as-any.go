package main

import "fmt"

func main() {
	names := []string{"a", "b"}
	fmt.Println(names...)
}

// Output:
// Error:
// main.go:7:14: cannot use names (variable of type []string) as []any value in argument to fmt.Println
// Exit: 1
