package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[float64]string{}
	m[math.NaN()] = "a"
	m[math.NaN()] = "b"
	m[1] = "one"
	m[math.Inf(-1)] = "-inf"
	fmt.Println(len(m))
	_, ok := m[math.NaN()]
	fmt.Println(ok)
	delete(m, math.NaN())
	fmt.Println(len(m))
	clear(m)
	fmt.Println(len(m))
}

// Output:
// 4
// false
// 4
// 0
