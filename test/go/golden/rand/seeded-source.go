package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(100), r.Intn(100), r.Intn(100))
	fmt.Println(r.Int63())
	fmt.Printf("%.6f\n", r.Float64())
	fmt.Println(r.Perm(5))
}

// Output:
// 5 87 68
// 1926012586526624009
// 0.043818
// [3 1 2 4 0]
