package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	A, B Point
	Tags []string
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 100
	fmt.Println(p, q, p == q)
	l := Line{A: p, B: q, Tags: []string{"t"}}
	l2 := l
	l2.A.X = 5
	l2.Tags[0] = "shared"
	fmt.Println(l, l2)
	pp := &p
	pp.Y = 50
	fmt.Println(p, *pp)
}

// Output:
// {1 2} {100 2} false
// {{1 2} {100 2} [shared]} {{5 2} {100 2} [shared]}
// {1 50} {1 50}
