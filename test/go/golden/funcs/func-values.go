package main

import "fmt"

func apply(f func(int) int, x int) int { return f(x) }

func double(x int) int { return x * 2 }

type op func(int, int) int

func main() {
	fmt.Println(apply(double, 5))
	fmt.Println(apply(func(x int) int { return x * x }, 5))
	ops := map[string]op{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
	}
	fmt.Println(ops["add"](3, 4), ops["sub"](3, 4))
	var f func()
	fmt.Println(f == nil)
}

// Output:
// 10
// 25
// 7 -1
// true
