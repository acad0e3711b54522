package main

import "fmt"

func main() {
	dst := main([]int, 3)
	fmt.Println(dst, []int)
}

// Output:
// Error:
// main.go:6:9: main([]int, 3) (no value) used as value
// main.go:6:14: []int (type) is not an expression
// main.go:6:14: too many arguments in call to main
// 	have ([]int, number)
// 	want ()
// main.go:7:19: []int (type) is not an expression
// Exit: 1
