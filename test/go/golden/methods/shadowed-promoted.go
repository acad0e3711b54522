package main

import "fmt"

type A struct{ X int }

func (A) Hello() string { return "A" }

type B struct {
	A
	X string
}

func (B) Hello() string { return "B" }

func main() {
	b := B{A{1}, "outer"}
	fmt.Println(b.X, b.A.X, b.Hello(), b.A.Hello())
}

// Output:
// outer 1 B A
