package main

func main() {
	m := map[string]int{}
	m = append(m, 1)
}

// Output:
// Error:
// main.go:5:13: first argument to append must be a slice; have m (variable of type map[string]int)
// Exit: 1
