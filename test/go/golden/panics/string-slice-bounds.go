package main

import "fmt"

func main() {
	s := "hello"
	i, j := 4, 2
	fmt.Println(s[i:j])
}

// Output:
// Error:
// panic: runtime error: slice bounds out of range [4:2]
//
// goroutine 1 [running]:
// main.main()
// 	main.go:8
// Exit: 2
