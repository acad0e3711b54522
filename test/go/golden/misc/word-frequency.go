package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	text := "the quick brown fox jumps over the lazy dog the fox"
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	type kv struct {
		k string
		v int
	}
	var list []kv
	for k, v := range counts {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].v != list[j].v {
			return list[i].v > list[j].v
		}
		return list[i].k < list[j].k
	})
	for _, e := range list[:3] {
		fmt.Printf("%-6s %d\n", e.k, e.v)
	}
	fmt.Println(counts)
}

// Output:
// the    3
// fox    2
// brown  1
// map[brown:1 dog:1 fox:2 jumps:1 lazy:1 over:1 quick:1 the:3]
