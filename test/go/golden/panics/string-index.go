package main

import "fmt"

func main() {
	s := "abc"
	i := 10
	fmt.Println(s[i])
}

// Output:
// Error:
// panic: runtime error: index out of range [10] with length 3
//
// goroutine 1 [running]:
// main.main()
// 	main.go:8
// Exit: 2
