package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := 5
	fmt.Println(s[i])
}

// Output:
// Error:
// panic: runtime error: index out of range [5] with length 3
//
// goroutine 1 [running]:
// main.main()
// 	main.go:8
// Exit: 2
