package main

import "fmt"

func main() {
	v := func(a, b int) int { return a * b }(6, 7)
	fmt.Println(v)
	func() {
		fmt.Println("inside")
	}()
	msg := "outer"
	func(msg string) {
		fmt.Println(msg)
	}("param")
	fmt.Println(msg)
}

// Output:
// 42
// inside
// param
// outer
