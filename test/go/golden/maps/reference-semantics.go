package main

import "fmt"

func add(m map[string]int) { m["added"] = 1 }

func main() {
	m := map[string]int{}
	add(m)
	alias := m
	alias["x"] = 2
	fmt.Println(m, len(alias))
	type pair struct{ k, v string }
	pm := map[pair]int{{"a", "b"}: 1}
	fmt.Println(pm[pair{"a", "b"}])
	im := map[any]int{1: 1, "1": 2}
	fmt.Println(im[1], im["1"], len(im))
}

// Output:
// map[added:1 x:2] 2
// 1
// 1 2 2
