package main

import "fmt"

var table = map[string]int{}

func init() {
	fmt.Println("init runs before main")
	var m map[string]int
	m["x"] = table["y"]
}

func main() {
	fmt.Println("never")
}

// Output:
// init runs before main
// Error:
// panic: assignment to entry in nil map
//
// goroutine 1 [running]:
// main.init.0()
// 	main.go:10
// Exit: 2
