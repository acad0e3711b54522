package main

import "fmt"

func main() {
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(a, b, c, len(b), cap(b))
	d := []int{1, 2, 3}
	e := append(d, 4)
	e[0] = 100
	fmt.Println(d, e)
	f := d[:2]
	f = append(f, 99)
	fmt.Println(d, f)
}

// Output:
// [0 0 0] [0 0 0 5] [0 0 0 5] 4 10
// [1 2 3] [100 2 3 4]
// [1 2 99] [1 2 99]
