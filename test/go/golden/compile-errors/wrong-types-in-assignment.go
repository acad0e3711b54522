package main

func main() {
	var n int
	n = "text"
	var p *int = &n
	var q *string = p
	_ = q
}

// Output:
// Error:
// main.go:5:6: cannot use "text" (untyped string constant) as int value in assignment
// main.go:7:18: cannot use p (variable of type *int) as *string value in variable declaration
// Exit: 1
