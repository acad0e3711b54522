package main

import "fmt"

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, true, false))
	fmt.Println(fmt.Sprint(1, 2, 3))
	fmt.Println(fmt.Sprint("x", 1, "y"))
	fmt.Println(fmt.Sprintln("a", 1) + "|")
	fmt.Println(fmt.Sprint(nil, nil), fmt.Sprint([]int{}, map[int]int{}))
	fmt.Println(fmt.Sprint(errorString("e1"), errorString("e2")))
}

type errorString string

func (e errorString) Error() string { return string(e) }

// Output:
// ab1 2c3.5 true false
// 1 2 3
// x1y
// a 1
// |
// <nil> <nil> [] map[]
// e1e2
