package main

import "fmt"

func main() {
	fmt.Println(undefinedThing)
	fmt.Printl("x")
	var t T
	_ = t
}

// Output:
// Error:
// main.go:6:14: undefined: undefinedThing
// main.go:7:6: undefined: fmt.Printl
// main.go:8:8: undefined: T
// Exit: 1
