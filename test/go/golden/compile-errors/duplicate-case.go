package main

import "fmt"

func main() {
	x := 1
	switch x {
	case 1:
		fmt.Println("a")
	case 1:
		fmt.Println("b")
	}
}

// Output:
// Error:
// main.go:10:7: duplicate case 1 (constant of type int) in expression switch
// 	main.go:8:7: previous case
// Exit: 1
