package main

import "fmt"

func main() {
	s := []int{1, 2}
	a := [4]int(s)
	fmt.Println(a)
}

// Output:
// Error:
// panic: runtime error: cannot convert slice with length 2 to array or pointer to array with length 4
//
// goroutine 1 [running]:
// main.main()
// 	main.go:7
// Exit: 2
