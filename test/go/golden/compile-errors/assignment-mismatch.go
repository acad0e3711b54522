package main

import "strconv"

func pair() (int, error) { return 0, nil }

func main() {
	n := strconv.Atoi("1")
	a, b, c := pair()
	var x, y int = 1
	_, _, _, _, _, _ = n, a, b, c, x, y
}

// Output:
// Error:
// main.go:8:7: assignment mismatch: 1 variable but strconv.Atoi returns 2 values
// main.go:9:13: assignment mismatch: 3 variables but pair returns 2 values
// main.go:10:17: assignment mismatch: 2 variables but 1 value
// Exit: 1
