package main

import (
	"fmt"
	"time"
)

func main() {
	events := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			time.Sleep(10 * time.Millisecond)
			events <- i
		}
	}()
	for {
		select {
		case e := <-events:
			fmt.Println("event", e)
		case <-time.After(200 * time.Millisecond):
			fmt.Println("idle, stopping")
			return
		}
	}
}

// Output:
// event 0
// event 1
// event 2
// idle, stopping
