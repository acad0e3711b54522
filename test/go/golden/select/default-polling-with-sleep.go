package main

import (
	"fmt"
	"time"
)

func main() {
	ready := make(chan struct{})
	go func() {
		time.Sleep(50 * time.Millisecond)
		close(ready)
	}()
	polls := 0
	for {
		select {
		case <-ready:
			fmt.Println("ready after polling:", polls > 0)
			return
		default:
			polls++
			time.Sleep(5 * time.Millisecond)
		}
	}
}

// Output:
// ready after polling: true
