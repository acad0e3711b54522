package main

import "fmt"

type Key struct {
	Name string
	Val  any
}

func main() {
	a := Key{"a", 1}
	b := Key{"a", 1}
	c := Key{"a", "1"}
	fmt.Println(a == b, a == c)
	m := map[Key]int{a: 1}
	fmt.Println(m[b], m[c])
	defer func() { fmt.Println("recovered:", recover()) }()
	d := Key{"a", []int{1}}
	fmt.Println(d == d)
}

// Output:
// true false
// 1 0
// recovered: runtime error: comparing uncomparable type []int
