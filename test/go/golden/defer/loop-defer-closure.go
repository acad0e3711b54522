package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print(i, " ") }()
	}
	defer fmt.Println()
	fmt.Println("start")
}

// Output:
// start
//
// 2 1 0 
// No final newline: stdout
