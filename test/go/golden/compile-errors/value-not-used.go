package main

func main() {
	x, y := 1, 2
	x == y
	x + 1
	"literal"
}

// Output:
// Error:
// main.go:5:2: x == y (untyped bool value) is not used
// main.go:6:2: x + 1 (value of type int) is not used
// main.go:7:2: "literal" (untyped string constant) is not used
// Exit: 1
