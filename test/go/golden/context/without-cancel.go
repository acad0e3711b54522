package main

import (
	"context"
	"fmt"
)

func main() {
	parent, cancel := context.WithCancel(context.WithValue(context.Background(), "k", 1))
	detached := context.WithoutCancel(parent)
	cancel()
	fmt.Println(parent.Err(), detached.Err(), detached.Value("k"))
}

// Output:
// context canceled <nil> 1
