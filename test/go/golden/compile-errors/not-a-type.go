package main

func main() {
	x := 1
	var y x
	_ = y
}

// Output:
// Error:
// main.go:5:8: x is not a type
// Exit: 1
