package main

func main() {
	n := 1
	if n {
	}
	for n {
	}
}

// Output:
// Error:
// main.go:5:5: non-boolean condition in if statement
// main.go:7:6: non-boolean condition in for statement
// Exit: 1
