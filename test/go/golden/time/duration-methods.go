package main

import (
	"fmt"
	"time"
)

func main() {
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d.Round(time.Hour), d.Round(time.Minute), d.Truncate(time.Minute), d.Round(0))
	fmt.Println((1500 * time.Millisecond).Round(time.Second), (-1500 * time.Millisecond).Round(time.Second))
	fmt.Println(time.Duration(2.5 * float64(time.Second)))
	fmt.Println(d.Abs(), (-d).Abs())
	timeout := 5 * time.Second
	fmt.Println(timeout/2, timeout*3, timeout > time.Second)
}

// Output:
// 3.4293055555555556 205.75833333333333 12345.5 12345500 12345500000 12345500000000
// 3h0m0s 3h26m0s 3h25m0s 3h25m45.5s
// 2s -2s
// 2.5s
// 3h25m45.5s 3h25m45.5s
// 2.5s 15s true
