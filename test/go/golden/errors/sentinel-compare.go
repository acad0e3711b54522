package main

import (
	"errors"
	"fmt"
	"io"
)

func read(n int) error {
	if n > 2 {
		return io.EOF
	}
	return nil
}

func main() {
	for i := 0; i < 5; i++ {
		if err := read(i); err == io.EOF {
			fmt.Println("EOF at", i, err)
			break
		}
	}
	wrapped := fmt.Errorf("reading: %w", io.EOF)
	fmt.Println(wrapped == io.EOF, errors.Is(wrapped, io.EOF))
}

// Output:
// EOF at 3 EOF
// false true
