package main

type Node struct {
	next Node
}

func main() {}

// Output:
// Error:
// main.go:3:6: invalid recursive type: Node refers to itself
// Exit: 1
