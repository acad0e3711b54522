package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(20 * time.Millisecond)
	go func() {
		time.Sleep(5 * time.Millisecond)
		t.Reset(100 * time.Millisecond)
	}()
	<-t.C
	fmt.Println("waited at least 100ms:", time.Since(start) >= 100*time.Millisecond)
}

// Output:
// waited at least 100ms: true
