package main

import "fmt"

type T struct{ V int }

func inc(p *int) { *p++ }

func main() {
	x := 1
	p := &x
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	var np *int
	fmt.Println(np == nil, np)
	t := &T{5}
	t.V++
	q := &t.V
	*q *= 10
	fmt.Println(t.V, *t)
	pp := &p
	**pp = 42
	fmt.Println(x)
	s := []int{1, 2}
	e := &s[1]
	*e = 20
	fmt.Println(s)
	y := new(int)
	fmt.Println(*y)
}

// Output:
// 3 3 true
// true <nil>
// 60 {60}
// 42
// [1 20]
// 0
