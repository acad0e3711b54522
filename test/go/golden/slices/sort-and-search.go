package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int{9, 3, 7, 1}
	ys := append([]int(nil), xs...)
	sort.Ints(ys)
	fmt.Println(xs, ys)
	i := sort.SearchInts(ys, 7)
	fmt.Println(i, ys[i])
	words := []string{"b", "C", "a"}
	sort.Strings(words)
	fmt.Println(words)
}

// Output:
// [9 3 7 1] [1 3 7 9]
// 2 7
// [C a b]
