package main

import (
	"fmt"
	"time"
)

func main() {
	timer := time.NewTimer(100 * time.Millisecond)
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	ticks := 0
	for {
		select {
		case <-tick.C:
			ticks++
		case <-timer.C:
			fmt.Println("timer fired after at least 2 ticks:", ticks >= 2)
			return
		}
	}
}


// Output:
// timer fired after at least 2 ticks: true
