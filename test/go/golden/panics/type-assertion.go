package main

import "fmt"

func main() {
	var x any = "hello"
	n := x.(int)
	fmt.Println(n)
}

// Output:
// Error:
// panic: interface conversion: interface {} is string, not int
//
// goroutine 1 [running]:
// main.main()
// 	main.go:7
// Exit: 2
