package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(5))
	fmt.Println(r.Perm(3))
	n := -1
	fmt.Println(r.Perm(n))
}

// Output:
// [1 2 0]
// Error:
// panic: runtime error: makeslice: len out of range
//
// goroutine 1 [running]:
// math/rand.(*Rand).Perm(...)
// 	$GOROOT/src/math/rand/rand.go:230
// main.main()
// 	main.go:12
// Exit: 2
