package main

import "fmt"

func try(v any) {
	defer func() { fmt.Println("recovered", recover()) }()
	panic(v)
}

func main() {
	try(1.5)
	try(true)
	try([]int{1})
	panic(2.5)
}

// Output:
// recovered 1.5
// recovered true
// recovered [1]
// Error:
// panic: +2.500000e+000
//
// goroutine 1 [running]:
// main.main()
// 	main.go:14
// Exit: 2
