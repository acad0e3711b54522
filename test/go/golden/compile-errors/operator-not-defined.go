package main

func main() {
	x := 1
	_ = !x
	s := "a"
	_ = -s
	var b bool
	_ = b + b
}

// Output:
// Error:
// main.go:5:7: invalid operation: operator ! not defined on x (variable of type int)
// main.go:7:7: invalid operation: operator - not defined on s (variable of type string)
// main.go:9:6: invalid operation: operator + not defined on b (variable of type bool)
// Exit: 1
