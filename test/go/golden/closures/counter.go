package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	c1 := counter()
	c2 := counter()
	fmt.Println(c1(), c1(), c1(), c2())
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
}

// Output:
// 1 2 3 1
// 3
