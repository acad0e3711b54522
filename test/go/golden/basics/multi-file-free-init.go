package main

import "fmt"

var order []string

var a = initA()

func initA() int {
	order = append(order, "var a")
	return 1
}

func init() {
	order = append(order, "init 1")
}

func init() {
	order = append(order, "init 2")
}

func main() {
	order = append(order, "main")
	fmt.Println(order, a)
}

// Output:
// [var a init 1 init 2 main] 1
