package main

func main() {
	var n int
	n = nil
	_ = n
}

// Output:
// Error:
// main.go:5:6: cannot use nil as int value in assignment
// Exit: 1
