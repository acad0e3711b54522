package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	total := 0
	var mu sync.Mutex
	for round := 1; round <= 3; round++ {
		for i := 0; i < round; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				mu.Lock()
				total += round
				mu.Unlock()
			}()
		}
		wg.Wait()
		fmt.Println("round", round, "total", total)
	}
}

// Output:
// round 1 total 1
// round 2 total 5
// round 3 total 14
