package main

import "fmt"

func main() {
	var x any
	s := x.(string)
	fmt.Println(s)
}

// Output:
// Error:
// panic: interface conversion: interface {} is nil, not string
//
// goroutine 1 [running]:
// main.main()
// 	main.go:7
// Exit: 2
