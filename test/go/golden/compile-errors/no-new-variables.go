package main

func main() {
	x := 1
	x := 2
	_ = x
}

// Output:
// Error:
// main.go:5:4: no new variables on left side of :=
// Exit: 1
