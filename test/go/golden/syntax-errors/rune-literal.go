package main

func main() {
	r := 'ab'
	_ = r
}

// Output:
// Error:
// main.go:4:7: more than one character in rune literal
// Exit: 1
