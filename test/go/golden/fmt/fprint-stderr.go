package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stdout, "out line")
	fmt.Fprintln(os.Stderr, "err line")
	fmt.Fprintf(os.Stderr, "code=%d\n", 7)
	fmt.Fprint(os.Stdout, "no newline", " then newline\n")
	n, err := fmt.Println("counted")
	fmt.Println(n, err)
}

// Output:
// out line
// no newline then newline
// counted
// 8 <nil>
// Error:
// err line
// code=7
