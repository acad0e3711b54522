package main

import (
	"fmt"
	"math/rand"
)

// counter is a deliberately poor Source: Rand's algorithms run on whatever it returns.
type counter struct{ n int64 }

func (c *counter) Int63() int64 {
	c.n += 0x1234567890abc
	return c.n & (1<<63 - 1)
}

func (c *counter) Seed(seed int64) { c.n = seed }

func main() {
	c := &counter{}
	r := rand.New(c)
	fmt.Println(r.Intn(10), r.Intn(1000), r.Int63n(77), r.Int63())
	fmt.Printf("%.6f\n", r.Float64())
	fmt.Println(r.Perm(4))
	r.Seed(100)
	fmt.Println(c.n)
	fmt.Println(r.Intn(50), c.n)
}

// Output:
// 5 130 42 1281023893842672
// 0.000174
// [3 1 0 2]
// 100
// 15 320255973460768
