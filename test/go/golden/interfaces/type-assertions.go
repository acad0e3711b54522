package main

import "fmt"

type Named interface{ Name() string }
type P struct{}

func (P) Name() string { return "p" }

func main() {
	var x any = 42
	n, ok := x.(int)
	fmt.Println(n, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	var y any = P{}
	if nm, ok := y.(Named); ok {
		fmt.Println(nm.Name())
	}
	_, ok = x.(Named)
	fmt.Println(ok)
	var z any
	_, ok = z.(int)
	fmt.Println(ok)
}

// Output:
// 42 true
// "" false
// p
// false
// false
