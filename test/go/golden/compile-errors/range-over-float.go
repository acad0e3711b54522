package main

func main() {
	for i := range 5.5 {
		_ = i
	}
}

// Output:
// Error:
// main.go:4:17: cannot range over 5.5 (untyped float constant)
// Exit: 1
