package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("a")
	if len(os.Args) > 0 {
		os.Exit(0)
	}
	fmt.Println("b")
}

// Output:
// a
