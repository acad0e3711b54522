package main

func main() {
	x := 1 @ 2
	_ = x
}

// Output:
// Error:
// main.go:4:9: invalid character U+0040 '@'
// main.go:4:11: syntax error: unexpected literal 2 at end of statement
// Exit: 1
