package main

import "fmt"

func change(a [3]int) { a[0] = 100 }
func changePtr(a *[3]int) { a[0] = 100 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b, a == b)
	change(a)
	fmt.Println(a)
	changePtr(&a)
	fmt.Println(a)
	c := [...]string{"x", "y"}
	fmt.Println(len(c), c)
	d := [5]int{1: 10, 3: 30}
	fmt.Println(d)
	s := a[:]
	s[2] = 300
	fmt.Println(a)
}

// Output:
// [1 2 3] [1 20 3] false
// [1 2 3]
// [100 2 3]
// 2 [x y]
// [0 10 0 30 0]
// [100 2 300]
