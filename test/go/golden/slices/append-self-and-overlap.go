package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	s = append(s, s...)
	fmt.Println(s)
	t := []int{1, 2, 3, 4, 5}
	copy(t[1:], t)
	fmt.Println(t)
	u := []int{1, 2, 3, 4, 5}
	copy(u, u[1:])
	fmt.Println(u)
	b := []byte("hello")
	str := string(b)
	b[0] = 'J'
	fmt.Println(str, string(b))
}

// Output:
// [1 2 3 1 2 3]
// [1 1 2 3 4]
// [2 3 4 5 5]
// hello Jello
