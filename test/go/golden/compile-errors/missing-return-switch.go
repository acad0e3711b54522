package main

func kind(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n >= 0:
		return "nonneg"
	}
}

func main() { _ = kind(1) }

// Output:
// Error:
// main.go:10:1: missing return
// Exit: 1
