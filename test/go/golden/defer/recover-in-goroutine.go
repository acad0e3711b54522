package main

import (
	"fmt"
	"sync"
)

func safeGo(wg *sync.WaitGroup, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("goroutine recovered:", r)
			}
		}()
		f()
	}()
}

func main() {
	var wg sync.WaitGroup
	safeGo(&wg, func() { panic("worker failed") })
	wg.Wait()
	fmt.Println("main continues")
}

// Output:
// goroutine recovered: worker failed
// main continues
