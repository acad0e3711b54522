package main

import "fmt"

type A struct{ n int }

func main() {
	var x, y any = 1, 1
	fmt.Println(x == y)
	x, y = A{1}, A{1}
	fmt.Println(x == y)
	x, y = 1, int64(1)
	fmt.Println(x == y)
	x, y = "a", "a"
	fmt.Println(x == y, x != nil)
	var e1, e2 error
	fmt.Println(e1 == e2)
}

// Output:
// true
// true
// false
// true true
// true
