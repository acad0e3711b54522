package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t.Stop())
	fmt.Println("stopped again:", t.Stop())
	t.Reset(10 * time.Millisecond)
	<-t.C
	fmt.Println("fired")
	fmt.Println("stop after fire:", t.Stop())
	t2 := time.NewTimer(10 * time.Millisecond)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("reset after expiry:", t2.Reset(10*time.Millisecond))
	<-t2.C
	fmt.Println("fired once more")
	select {
	case <-t2.C:
		fmt.Println("stale value")
	default:
		fmt.Println("no stale value (Go 1.23 timers)")
	}
}

// Output:
// stopped: true
// stopped again: false
// fired
// stop after fire: false
// reset after expiry: true
// fired once more
// no stale value (Go 1.23 timers)
