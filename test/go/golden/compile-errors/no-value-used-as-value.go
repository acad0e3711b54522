package main

import "fmt"

func nothing() {}

func main() {
	var s string
	s = print("got ", 1)
	x := nothing()
	fmt.Println(s, x, nothing())
}

// Output:
// Error:
// main.go:9:6: print("got ", 1) (no value) used as value
// main.go:10:7: nothing() (no value) used as value
// main.go:11:20: nothing() (no value) used as value
// Exit: 1
