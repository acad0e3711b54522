package main

import "fmt"

func main() {
	x := 10
	get := func() int { return x }
	x = 20
	fmt.Println(get())
	fs := make([]func(), 0)
	for _, name := range []string{"a", "b"} {
		fs = append(fs, func() { fmt.Print(name) })
	}
	for _, f := range fs {
		f()
	}
	fmt.Println()
	var rec func(int) int
	rec = func(n int) int {
		if n == 0 {
			return 0
		}
		return n + rec(n-1)
	}
	fmt.Println(rec(10))
}

// Output:
// 20
// ab
// 55
