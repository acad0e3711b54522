package main

import (
	"fmt"
	"math/rand"
)

// The package-level functions draw from a randomly seeded source: only ranges are stable, and Int and Int63
// use all 63 bits (a value above 2^53 turns up within a few draws).
func main() {
	big := false
	for i := 0; i < 64; i++ {
		if rand.Int() > 1<<53 && rand.Int63() > 1<<53 {
			big = true
		}
	}
	fmt.Println("63-bit values:", big)
	n := 0
	for i := 0; i < 1000; i++ {
		v := rand.Int31n(7)
		u := rand.Int63n(1 << 40)
		if v >= 0 && v < 7 && u >= 0 && u < 1<<40 && rand.Uint32() <= 1<<32-1 && rand.Int31() >= 0 {
			n++
		}
	}
	fmt.Println(n, len(rand.Perm(9)))
}

// Output:
// 63-bit values: true
// 1000 9
