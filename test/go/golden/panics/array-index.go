package main

import "fmt"

func main() {
	var a [4]int
	i := -1
	fmt.Println(a[i+5])
}

// Output:
// Error:
// panic: runtime error: index out of range [4] with length 4
//
// goroutine 1 [running]:
// main.main()
// 	main.go:8
// Exit: 2
