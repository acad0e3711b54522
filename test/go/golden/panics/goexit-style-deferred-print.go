package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred runs before crash output")
	fmt.Fprintln(os.Stderr, "about to fail")
	var arr []int
	_ = arr[len(os.Args)+1]
}

// Output:
// deferred runs before crash output
// Error:
// about to fail
// panic: runtime error: index out of range [2] with length 0
//
// goroutine 1 [running]:
// main.main()
// 	main.go:12
// Exit: 2
