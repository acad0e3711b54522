package main

import "fmt"

func main() {
	var m map[string][]int
	fmt.Println(m["a"] == nil, len(m["a"]))
	for k := range m {
		fmt.Println(k)
	}
	delete(m, "a")
	v, ok := m["b"]
	fmt.Println(v, ok)
}

// Output:
// true 0
// [] false
