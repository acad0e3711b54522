package main

import "fmt"

func main() {
	defer fmt.Println("deferred 1")
	defer func() {
		fmt.Println("deferred 2")
	}()
	var m map[string]int
	m["x"] = 1
	fmt.Println("unreachable")
}

// Output:
// deferred 2
// deferred 1
// Error:
// panic: assignment to entry in nil map
//
// goroutine 1 [running]:
// main.main()
// 	main.go:11
// Exit: 2
