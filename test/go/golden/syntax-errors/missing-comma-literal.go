package main

import "fmt"

func main() {
	xs := []int{
		1,
		2
	}
	fmt.Println(xs)
}

// Output:
// Error:
// main.go:8:4: syntax error: unexpected newline in composite literal; possibly missing comma or }
// Exit: 1
