package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println(elapsed >= 20*time.Millisecond)
	t2 := start.Add(time.Hour)
	fmt.Println(t2.Sub(start), t2.After(start), start.Before(t2), t2.Equal(start))
	fmt.Println(time.Until(start) <= 0)
}

// Output:
// true
// 1h0m0s true true false
// true
