package main

func main() {
	x := 1
	var unused string
}

// Output:
// Error:
// main.go:4:2: declared and not used: x
// main.go:5:6: declared and not used: unused
// Exit: 1
