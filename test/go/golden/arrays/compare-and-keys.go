package main

import "fmt"

type Point [2]int

func main() {
	seen := map[Point]bool{}
	seen[Point{1, 2}] = true
	fmt.Println(seen[Point{1, 2}], seen[Point{2, 1}])
	var z [4]bool
	fmt.Println(z, len(z))
	m := [2][2]int{{1, 2}, {3, 4}}
	n := m
	n[0][0] = 9
	fmt.Println(m, n, m != n)
}

// Output:
// true false
// [false false false false] 4
// [[1 2] [3 4]] [[9 2] [3 4]] true
