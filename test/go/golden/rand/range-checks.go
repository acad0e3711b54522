package main

import (
	"fmt"
	"math/rand"
)

func main() {
	ok := true
	for i := 0; i < 1000; i++ {
		n := rand.Intn(10)
		f := rand.Float64()
		if n < 0 || n >= 10 || f < 0 || f >= 1 {
			ok = false
		}
	}
	fmt.Println("in range:", ok)
	s := []int{1, 2, 3, 4}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	sum := 0
	for _, v := range s {
		sum += v
	}
	fmt.Println(len(s), sum)
}

// Output:
// in range: true
// 4 10
