package main

func (s string) Len() int { return len(s) }

func main() {}

// Output:
// Error:
// main.go:3:7: cannot define new methods on non-local type string
// Exit: 1
