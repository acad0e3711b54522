package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i, j := 2, 1
	fmt.Println(s[i:j])
}

// Output:
// Error:
// panic: runtime error: slice bounds out of range [2:1]
//
// goroutine 1 [running]:
// main.main()
// 	main.go:8
// Exit: 2
