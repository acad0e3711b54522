package main

import "fmt"

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func adder(base int) func(int) int {
	return func(x int) int { base += x; return base }
}

func main() {
	f := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	a := adder(100)
	fmt.Println(a(1), a(10), a(100))
}

// Output:
// 0 1 1 2 3 5 8 13 21 34 
// 101 111 211
