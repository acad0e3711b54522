// A zero time.Time counts from 0001-01-01: adding to it, comparing it with the clock, Sub and Since (which saturate), Unix times and formatting.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	var t time.Time
	d := time.Duration(math.MaxInt64)
	fmt.Println(d, time.Duration(math.MinInt64))
	fmt.Println(time.Since(t), time.Until(t))
	fmt.Println(time.Now().Sub(t), t.Sub(time.Now()))
	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixNano())
	u := t.Add(90*time.Minute + 5*time.Nanosecond)
	fmt.Println(u, u.IsZero(), u.Equal(t), t.Before(u), t.Before(time.Now()), time.Now().After(u), time.Now().Equal(t))
	fmt.Println(u.Format("2006-01-02 002 Jan _2 15:04:05.000000000 Mon"), u.Unix())
	fmt.Println(u.Add(-90*time.Minute - 5).IsZero(), u.Sub(t))
	fmt.Printf("%v|%s\n", t, u)
}

// Output:
// 2562047h47m16.854775807s -2562047h47m16.854775808s
// 2562047h47m16.854775807s -2562047h47m16.854775808s
// 2562047h47m16.854775807s -2562047h47m16.854775808s
// -62135596800 -62135596800000 -6795364578871345152
// 0001-01-01 01:30:00.000000005 +0000 UTC false false true true true false
// 0001-01-01 001 Jan  1 01:30:00.000000005 Mon -62135591400
// true 1h30m0.000000005s
// 0001-01-01 00:00:00 +0000 UTC|0001-01-01 01:30:00.000000005 +0000 UTC
