package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	j := 6
	fmt.Println(s[1:j])
}

// Output:
// Error:
// panic: runtime error: slice bounds out of range [:6] with capacity 5
//
// goroutine 1 [running]:
// main.main()
// 	main.go:8
// Exit: 2
