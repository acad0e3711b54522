package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		ch <- 1
	}()
	go func() {
		time.Sleep(time.Hour)
	}()
	fmt.Println("main returns without waiting; blocked goroutines do not matter")
}

// Output:
// main returns without waiting; blocked goroutines do not matter
