package main

func f() {}

func f() {}

func main() {
	var a int
	var a string
	_ = a
}

// Output:
// Error:
// main.go:5:6: f redeclared in this block
// 	main.go:3:6: other declaration of f
// main.go:9:6: a redeclared in this block
// 	main.go:8:6: other declaration of a
// Exit: 1
