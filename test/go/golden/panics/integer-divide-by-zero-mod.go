package main

import "fmt"

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	a, b := 7, 0
	fmt.Println(a % b)
}

// Output:
// recovered: runtime error: integer divide by zero
