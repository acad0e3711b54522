package main

func main() {
	s := "12"
	n := int(s)
	_ = n
}

// Output:
// Error:
// main.go:5:11: cannot convert s (variable of type string) to type int
// Exit: 1
