package main

func main() {
	x := 1
	x = 2
	f := func() {
		y := 3
	}
	f()
}

// Output:
// Error:
// main.go:4:2: declared and not used: x
// main.go:7:3: declared and not used: y
// Exit: 1
