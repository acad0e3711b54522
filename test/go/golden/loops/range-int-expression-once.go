package main

import "fmt"

func main() {
	n := 3
	for i := range n {
		n = 10
		fmt.Print(i, " ")
	}
	fmt.Println(n)
	s := []int{1, 2, 3}
	for i := range len(s) {
		s = append(s, i)
	}
	fmt.Println(s)
	calls := 0
	count := func() int { calls++; return 2 }
	for range count() {
	}
	fmt.Println(calls)
}

// Output:
// 0 1 2 10
// [1 2 3 0 1 2]
// 1
