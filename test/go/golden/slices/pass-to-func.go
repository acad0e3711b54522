package main

import "fmt"

func modify(s []int) { s[0] = 100 }
func grow(s []int) { s = append(s, 4); s[1] = 200 }
func growPtr(s *[]int) { *s = append(*s, 4) }

func main() {
	s := []int{1, 2, 3}
	modify(s)
	fmt.Println(s)
	grow(s)
	fmt.Println(s)
	growPtr(&s)
	fmt.Println(s)
	t := make([]int, 3, 10)
	grow(t)
	fmt.Println(t, t[:4])
}

// Output:
// [100 2 3]
// [100 2 3]
// [100 2 3 4]
// [0 200 0] [0 200 0 4]
