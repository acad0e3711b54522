package main

func double(n int) int { return n * 2 }

func main() {
	s := "3"
	_ = double(s)
	_ = double("4")
	_ = double(2.5)
}

// Output:
// Error:
// main.go:7:13: cannot use s (variable of type string) as int value in argument to double
// main.go:8:13: cannot use "4" (untyped string constant) as int value in argument to double
// main.go:9:13: cannot use 2.5 (untyped float constant) as int value in argument to double (truncated)
// Exit: 1
