package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil, len(a), cap(a))
	fmt.Println(a, b, c)
	fmt.Printf("%v %d %#v %#v\n", a, b, a, b)
	a = append(a, 1)
	fmt.Println(a)
	for range a[:0] {
		fmt.Println("never")
	}
}

// Output:
// true false false 0 0
// [] [] []
// [] [] []int(nil) []int{}
// [1]
