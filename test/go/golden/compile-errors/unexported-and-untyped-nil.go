package main

func main() {
	x := nil
	_ = x
}

// Output:
// Error:
// main.go:4:7: use of untyped nil in assignment
// Exit: 1
