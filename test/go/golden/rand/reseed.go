package main

import (
	"fmt"
	"math/rand"
)

func main() {
	for _, seed := range []int64{0, -5, 1 << 40, 2147483647, 89482311} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println(seed, r.Int63(), r.Intn(100))
	}
	r := rand.New(rand.NewSource(1))
	a := r.Int63()
	r.Seed(1)
	fmt.Println(a == r.Int63())
	src := rand.NewSource(3)
	fmt.Println(src.Int63())
}

// Output:
// 0 8717895732742165505 14
// -5 1811683815564572222 91
// 1099511627776 5470237361722394362 0
// 2147483647 8717895732742165505 14
// 89482311 8717895732742165505 14
// true
// 6640668014774057861
