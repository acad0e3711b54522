package main

import "fmt"

func main() {
	var a, b any = []int{1}, []int{1}
	fmt.Println(a == b)
}

// Output:
// Error:
// panic: runtime error: comparing uncomparable type []int
//
// goroutine 1 [running]:
// main.main()
// 	main.go:7
// Exit: 2
