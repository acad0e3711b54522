package main

func main() {
	x := _
	_ = x
}

// Output:
// Error:
// main.go:4:7: cannot use _ as value or type
// Exit: 1
