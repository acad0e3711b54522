package main

import "fmt"

type S struct {
	A []int
	M map[string]int
}

func main() {
	s := []int{1, 2}
	m := map[string]int{"a": 1}
	arr := [2]string{"x", "y"}
	st := S{s, m}
	fmt.Println(&s, &m, &arr, &st)
	fmt.Printf("%v %+v\n", &st, &st)
	fmt.Printf("%d %s\n", &s, &arr)
}

// Output:
// &[1 2] &map[a:1] &[x y] &{[1 2] map[a:1]}
// &{[1 2] map[a:1]} &{A:[1 2] M:map[a:1]}
// &[1 2] &[x y]
