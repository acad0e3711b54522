package main

import "fmt"

type P struct{ n int }

func main() {
	p := P{1}
	var a any = p
	p.n = 2
	fmt.Println(a, p)
	pp := &P{3}
	var b any = pp
	pp.n = 4
	fmt.Println(b, *pp)
	items := []any{1, "s", 2.5, nil, []int{1}, map[string]int{"a": 1}, P{5}, &P{6}, true}
	for _, it := range items {
		fmt.Printf("%v(%T) ", it, it)
	}
	fmt.Println()
}

// Output:
// {1} {2}
// &{4} {4}
// 1(int) s(string) 2.5(float64) <nil>(<nil>) [1]([]int) map[a:1](map[string]int) {5}(main.P) &{6}(*main.P) true(bool) 
