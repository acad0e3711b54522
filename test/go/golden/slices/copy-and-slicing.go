package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src, src[2:])
	fmt.Println(n, src)
	s := src[1:3]
	fmt.Println(s, len(s), cap(s))
	t := src[1:3:4]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 77)
	t = append(t, 88)
	fmt.Println(src, t)
	bs := make([]byte, 3)
	copy(bs, "xyz!")
	fmt.Println(string(bs))
	fmt.Println(src[:], src[5:], len(src[:0]))
}

// Output:
// 3 [1 2 3]
// 3 [3 4 5 4 5]
// [4 5] 2 4
// [4 5] 2 3
// [3 4 5 77 5] [4 5 77 88]
// xyz
// [3 4 5 77 5] [] 0
