package main

import (
	"fmt"
	"math/rand"
)

func main() {
	fmt.Println(rand.Intn(3) < 3)
	fmt.Println(rand.Intn(0))
}

// Output:
// true
// Error:
// panic: invalid argument to Intn
//
// goroutine 1 [running]:
// math/rand.(*Rand).Intn(...)
// 	$GOROOT/src/math/rand/rand.go:180
// math/rand.Intn(...)
// 	$GOROOT/src/math/rand/rand.go:453
// main.main()
// 	main.go:10
// Exit: 2
