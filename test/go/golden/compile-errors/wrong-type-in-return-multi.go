package main

func pair() (int, string) {
	return "a", 1
}

func main() { pair() }

// Output:
// Error:
// main.go:4:9: cannot use "a" (untyped string constant) as int value in return statement
// main.go:4:14: cannot use 1 (untyped int constant) as string value in return statement
// Exit: 1
