package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("to stdout")
	fmt.Fprintln(os.Stderr, "to stderr")
	panic("done")
}

// Output:
// to stdout
// Error:
// to stderr
// panic: done
//
// goroutine 1 [running]:
// main.main()
// 	main.go:11
// Exit: 2
