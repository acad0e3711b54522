package main

func Index[T comparable](xs []T, v T) int { return -1 }

func main() {
	_ = Index([]func(){}, nil)
}

// Output:
// Error:
// main.go:6:11: func() does not satisfy comparable
// Exit: 1
