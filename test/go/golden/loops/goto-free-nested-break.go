package main

import "fmt"

func find(grid [][]int, target int) (int, int, bool) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func main() {
	g := [][]int{{1, 2}, {3, 4}, {5, 6}}
	fmt.Println(find(g, 4))
	fmt.Println(find(g, 7))
}

// Output:
// 1 1 true
// -1 -1 false
