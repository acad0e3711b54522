package main

import (
	"errors"
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var firstErr error
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i == 2 {
				mu.Lock()
				if firstErr == nil {
					firstErr = errors.New("task 2 failed")
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(firstErr)
}

// Output:
// task 2 failed
