package main

import "fmt"

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func main() {
	s := []int{0, 1, 2, 3, 4}
	s = remove(s, 2)
	fmt.Println(s, len(s), cap(s))
	t := []int{1, 2, 3}
	clear(t)
	fmt.Println(t)
	u := s[:0]
	for _, v := range s {
		if v%2 == 0 {
			u = append(u, v)
		}
	}
	fmt.Println(u)
}

// Output:
// [0 1 3 4] 4 5
// [0 0 0]
// [0 4]
