package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(1))
	fmt.Println(r.Intn(5) >= 0)
	fmt.Println(r.Intn(0))
}

// Output:
// true
// Error:
// panic: invalid argument to Intn
//
// goroutine 1 [running]:
// math/rand.(*Rand).Intn(...)
// 	$GOROOT/src/math/rand/rand.go:180
// main.main()
// 	main.go:11
// Exit: 2
