package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T int | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type MyInt int

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[MyInt](4, 5))
	fmt.Println(Max(3, 7), Max("a", "b"))
	fmt.Println(Index([]string{"x", "y"}, "y"), Index([]int{1}, 5))
	fmt.Printf("%T\n", Sum[MyInt](1))
}

// Output:
// 6 4 9
// 7 b
// 1 -1
// main.MyInt
