package main

func main() {
	n := 1
	s := "a"
	_ = n + s
	var f float64 = 2
	_ = n * f
}

// Output:
// Error:
// main.go:6:6: invalid operation: n + s (mismatched types int and string)
// main.go:8:6: invalid operation: n * f (mismatched types int and float64)
// Exit: 1
