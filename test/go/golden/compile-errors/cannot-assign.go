package main

const limit = 10

func main() {
	limit = 20
	s := "abc"
	s[0] = 'x'
	m := map[string]struct{ n int }{}
	m["a"].n = 1
}

// Output:
// Error:
// main.go:6:2: cannot assign to limit (neither addressable nor a map index expression)
// main.go:8:2: cannot assign to s[0] (neither addressable nor a map index expression)
// main.go:10:2: cannot assign to struct field m["a"].n in map
// Exit: 1
