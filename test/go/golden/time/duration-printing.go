package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 1500 * time.Millisecond, 100 * time.Millisecond, time.Hour, 2 * time.Microsecond,
		-2 * time.Microsecond, 90 * time.Minute, 36*time.Hour + 5*time.Second, time.Duration(1<<63 - 1), 1234567 * time.Nanosecond}
	for _, d := range ds {
		fmt.Println(d, d.String(), int64(d))
	}
	fmt.Printf("%v %s %d %T\n", time.Second, time.Second, time.Second, time.Second)
}

// Output:
// 0s 0s 0
// 1ns 1ns 1
// 1.5s 1.5s 1500000000
// 100ms 100ms 100000000
// 1h0m0s 1h0m0s 3600000000000
// 2µs 2µs 2000
// -2µs -2µs -2000
// 1h30m0s 1h30m0s 5400000000000
// 36h0m5s 36h0m5s 129605000000000
// 2562047h47m16.854775807s 2562047h47m16.854775807s 9223372036854775807
// 1.234567ms 1.234567ms 1234567
// 1s 1s 1000000000 time.Duration
