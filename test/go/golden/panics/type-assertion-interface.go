package main

import "fmt"

type Closer interface{ Close() error }

func main() {
	var x any = 3
	c := x.(Closer)
	fmt.Println(c)
}

// Output:
// Error:
// panic: interface conversion: int is not main.Closer: missing method Close
//
// goroutine 1 [running]:
// main.main()
// 	main.go:9
// Exit: 2
