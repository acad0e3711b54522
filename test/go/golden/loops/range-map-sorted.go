package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	sum := 0
	for _, k := range keys {
		sum += m[k]
		fmt.Print(k, m[k], " ")
	}
	fmt.Println(sum)
}

// Output:
// a1 b2 c3 6
