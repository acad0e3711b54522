package main

import "fmt"

var global = 10

var (
	a, b = 1, "two"
	c    float64
	d    bool
	e    string
	f    []int
	g    map[string]int
	h    *int
	i    error
	j    any
)

func main() {
	fmt.Println(global, a, b, c, d, e == "", f == nil, g == nil, h == nil, i == nil, j == nil)
	fmt.Println(f, g, h, i, j)
	x, y := 3, 4
	x, y = y, x
	fmt.Println(x, y)
	var k, l int = 5, 6
	fmt.Println(k + l)
}

// Output:
// 10 1 two 0 false true true true true true true
// [] map[] <nil> <nil> <nil>
// 4 3
// 11
