package main

func main() {
	a := [3]int{}
	_ = a[5]
	s := "abc"
	_ = s[10]
}

// Output:
// Error:
// main.go:5:8: invalid argument: index 5 out of bounds [0:3]
// Exit: 1
