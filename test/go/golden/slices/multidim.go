package main

import "fmt"

func main() {
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 4)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	var board [3][3]string
	board[1][1] = "X"
	fmt.Printf("%q\n", board)
	jag := [][]string{{"a"}, {"b", "c"}, {}}
	fmt.Println(jag, len(jag[2]))
}

// Output:
// [[0 0 0 0] [0 1 2 3] [0 2 4 6]]
// [["" "" ""] ["" "X" ""] ["" "" ""]]
// [[a] [b c] []] 0
