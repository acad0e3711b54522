package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	A, B = iota, iota * 10
	C, D
)

const big = 1 << 100

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(KB, MB, GB)
	fmt.Println(A, B, C, D)
	fmt.Println(big >> 98)
	const typed int8 = 100
	fmt.Printf("%T %T %T\n", typed, KB, 2.5)
}

// Output:
// 0 1 2 4
// 1024 1048576 1073741824
// 0 0 1 10
// 4
// int8 int float64
