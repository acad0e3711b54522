package main

func main() {
	a := []int{1}
	b := []int{1}
	_ = a == b
	m := map[[]int]bool{}
	_ = m
}

// Output:
// Error:
// main.go:6:6: invalid operation: a == b (slice can only be compared to nil)
// main.go:7:11: invalid map key type []int
// Exit: 1
